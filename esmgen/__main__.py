from esmgen.cli import run

run()
