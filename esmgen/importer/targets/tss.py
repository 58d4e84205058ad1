"""CA Top Secret: what a spec imported from RACF becomes in ownership, permits
and ACIDs. Sources per rule: esmgen.importer.translation.RULES."""

from esmgen.importer.translation import Effect

EFFECTS = {
    "revoked-user": Effect("not created in Top Secret, and no access is given to it (it could not log on in"
                           " RACF): connections and grants naming it are left out", "unchanged", drops=True),
    "user-attribute": Effect("not set: Top Secret administrative authorities (ADMIN, SCA and its scopes) are not"
                             " the same and are given by hand", "narrower"),
    "group-tree": Effect("groups become GROUP ACIDs owned by the import's department", "unchanged"),
    "stc-trusted": Effect("not written: Top Secret has no TRUSTED; bypass attributes (NORESCHK, NODSNCHK) are"
                          " given by hand", "narrower"),
    "stc-privileged": Effect("not written: Top Secret has no PRIVILEGED", "narrower"),
    "discrete-dataset": Effect("a permit for exactly that name", "unchanged"),
    "certificate-reference": Effect("declared as existing: export each from RACF and add it to Top Secret before"
                                    " setup", "narrower"),
    "uacc": Effect("a permit to the ALL record; RACF's RESTRICTED users have no Top Secret counterpart", "wider"),
    "generic-inside": Effect("not written (Top Secret reads % as the requesting ACID): the profile goes to a"
                             " component for the ESMs that can", "narrower", drops=True),
    "generic-one": Effect("an owned and permitted prefix: any name that starts with it", "wider"),
    "generic-any": Effect("an owned and permitted prefix ending in a period", "unchanged"),
    "name-as-prefix": Effect("Top Secret permits a name as a prefix: A.B also covers A.BX and A.B.C (UNVERIFIED"
                             " for every class)", "wider"),
    "outside-scope": Effect("expected to exist: Top Secret needs the ACID before setup, so define it first (or"
                            " import with a scope that holds it); until then the connections, STC entries and"
                            " permits naming it fail", "narrower"),
    "precedence": Effect("the longer permitted name wins under AUTH(MERGE); under AUTH(OVERRIDE) the first ACID"
                         " or profile that holds a permit decides", "unchanged"),
    "reserved-name": Effect("not carried: Top Secret keeps ALL, AUDIT, DLF, RDT, SDT and STC for its own records;"
                            " an item with such a name is left out, and connections and grants naming it are"
                            " left out of the Top Secret copy of the items that name it", "narrower", drops=True),
}
