from esmgen.cli import main

main()
