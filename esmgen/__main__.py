from esmgen.entry import main

main()
