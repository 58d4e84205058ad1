"""The esmgen commands, one module per family; esmgen.cli loads a module only
when one of its commands runs, so a command pays only for what it uses."""
