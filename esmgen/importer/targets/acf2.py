"""CA ACF2: what a spec imported from RACF becomes in ACF2 rules and logonids.
Sources per rule: esmgen.importer.translation.RULES."""

from esmgen.importer.translation import Effect

NOT_WRITTEN = "not written: the profile goes to a component for the ESMs that can"

EFFECTS = {
    "revoked-user": Effect("not created in ACF2, and no access is given to it (it could not log on in"
                           " RACF): connections and grants naming it are left out", "unchanged", drops=True),
    "user-attribute": Effect("not set: the nearest ACF2 logonid privileges (SECURITY, ACCOUNT, NON-CNCL, AUDIT)"
                             " are not the same and are given by hand", "narrower"),
    "group-tree": Effect("ACF2 has no group tree: groups become roles", "unchanged"),
    "stc-trusted": Effect("not written: ACF2 has no TRUSTED; give the logonid the privileges it needs by hand",
                          "narrower"),
    "stc-privileged": Effect("not written: ACF2 has no PRIVILEGED", "narrower"),
    "discrete-dataset": Effect("a rule for exactly that name (ACF2 has no discrete profiles)", "unchanged"),
    "certificate-reference": Effect("declared as existing: export each from RACF and add it to ACF2 before setup",
                                    "narrower"),
    "uacc": Effect("a rule line for every logonid (UID(-), stored as UID(*)); RACF gives RESTRICTED users"
                   " nothing from UACC, ACF2 has no such exception", "wider"),
    "below-uacc": Effect("a rule line applies only when its SERVICE fits, so the everyone line still grants the"
                         " UACC level to this ID", "wider"),
    "generic-inside": Effect(NOT_WRITTEN, "narrower", drops=True),
    "dash-in-name": Effect("not written: ACF2 reads '-' as a mask for any further characters and qualifiers",
                           "narrower", drops=True),
    "generic-one": Effect("rule mask '-': any number of further qualifiers", "wider"),
    "generic-any": Effect("rule key and mask '-'", "unchanged"),
    "outside-scope": Effect("expected to exist: setup does not define the logonid, so define it in ACF2 first (or"
                            " import with a scope that holds it); a group named only for connections becomes a"
                            " role that holds the scope's users", "narrower"),
    "precedence": Effect("ACF2 takes the most specific rule line that fits (a line whose SERVICE does not fit is"
                         " passed over)", "unchanged"),
}
