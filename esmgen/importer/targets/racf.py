"""RACF: what re-applying an imported spec gives, where it is not what the unload holds."""

from esmgen.importer.translation import Effect

EFFECTS = {
    "user-attribute": Effect("not in the spec: set it by hand (ALTUSER)", "narrower"),
    "group-tree": Effect("not in the spec: new groups go under the running user's current group, which owns"
                         " them", "unchanged"),
    "generic-no-wildcard": Effect("defined as a discrete profile of the same name", "unchanged"),
    "discrete-dataset": Effect("ADDSD of a discrete profile needs the data set to exist (cataloged)", "unchanged"),
    "dataset-hlq": Effect("left out for RACF, which defines a data set profile only under a user or group (or"
                          " through a naming convention table, which esmgen does not read)", "narrower",
                          drops=True),
    "certificate-reference": Effect("declared as existing: setup connects them to rings, never creates them",
                                    "unchanged"),
}
