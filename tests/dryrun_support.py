"""Shared pieces of the dry-run tests: decks, starting states, facts."""

from conftest import run_cli
from esmgen import api
from esmgen.simulator import engine
from esmgen.simulator.state import State
from esmgen.renderer.backends import Backend

# A site's starting point: what the catalog declares as already there
# (`define: false` OMVSAPPL) and a site group it adopts (the data set
# prefix's group ZWE), written in each ESM's own commands. A RACF site runs
# with enhanced generic naming (EGN): esmgen's deck writes ZWE.*.** and only
# checks EGN in its verify deck, as a new RACF database has NOEGN (IBM
# "Activating enhanced generic naming for the DATASET class (EGN option)").
PRECONDITIONS = {
    "racf": "SETROPTS CLASSACT(APPL)\nRDEFINE APPL OMVSAPPL UACC(READ)\nADDUSER CICSUSER\nADDGROUP ZWE\n"
            "SETROPTS EGN\n",
    "acf2": "ACF\nSET LID\nINSERT CICSUSER NAME('CICS REGION')\nEND\n",
    # the site owns the system-wide prefixes the catalog permits to (scope: system)
    "tss": "TSS CREATE(SITEDEPT) TYPE(DEPT) NAME('SITE')\nTSS ADD(SITEDEPT) APPL(OMVSAPPL)\n"
           "TSS ADD(SITEDEPT) IBMFAC(BPX.)\nTSS ADD(SITEDEPT) IBMFAC(IRR.)\n"
           "TSS ADD(SITEDEPT) CSFSERV(CSF)\nTSS ADD(SITEDEPT) SERVER(BBG.)\n"
           "TSS CREATE(CICSUSER) TYPE(USER) NAME('CICS REGION') DEPT(SITEDEPT)\n"
           "TSS CREATE(ZWE) TYPE(GROUP) NAME('SITE HLQ') DEPT(SITEDEPT)\n",
}


# A system where the system-wide parts already exist: classes active, the
# BPX/IRR profiles defined. Undo leaves these alone by design, so an undo
# test starts from them.
ACTIVE = {
    "racf": "\n".join(f"SETROPTS CLASSACT({c}) RACLIST({c}) GENERIC({c})"
                      for c in ("FACILITY", "APPL", "CSFSERV", "IDTDATA", "SERVER", "EJBROLE", "PTKTDATA",
                                "STARTED"))
    + "\nSETROPTS GENERIC(DATASET) EGN\n",
    "acf2": "", "tss": "",
}
SYSTEM = {
    "racf": ACTIVE["racf"] + "\n".join(
        [f"RDEFINE FACILITY {p} UACC(NONE)" for p in (
            "BPX.SERVER", "BPX.DAEMON", "BPX.JOBNAME", "IRR.RUSERMAP", "IRR.IDIDMAP.QUERY", "IRR.RAUDITX",
            "IRR.DIGTCERT.LISTRING")]
        + ["RDEFINE CSFSERV CSFRNGL UACC(NONE)"]
        + [f"RDEFINE SERVER {p} UACC(NONE)" for p in (
            "BBG.ANGEL", "BBG.AUTHMOD.BBGZSAFM", "BBG.AUTHMOD.BBGZSAFM.SAFCRED",
            "BBG.AUTHMOD.BBGZSAFM.ZOSWLM", "BBG.AUTHMOD.BBGZSAFM.TXRRS", "BBG.AUTHMOD.BBGZSAFM.ZOSDUMP")]) + "\n",
    "acf2": "ACF\nSET CONTROL(GSO)\nINSERT CLASMAP.CSFSERV RESOURCE(CSFSERV) RSRCTYPE(CSF)\n"
            "INSERT CLASMAP.SERVER RESOURCE(SERVER) RSRCTYPE(SVR)\n"
            "INSERT CLASMAP.EJBROLE RESOURCE(EJBROLE) RSRCTYPE(EJB)\n"
            "CHANGE INFODIR TYPES(R-RCSF,R-RSVR,R-REJB) ADD\nEND\n",
    "tss": "",
}


def deck(esm, kind="setup", fmt="tso", *extra):
    result = run_cli("render", "--esm", esm, "--kind", kind, "--format", fmt, *extra)
    assert result.code == 0, result.err
    return result.out


def start_state(esm, system=False, preconditions=True):
    state = State(esm)
    text = (PRECONDITIONS[esm] if preconditions else "") + (SYSTEM[esm] if system else "")
    results = engine.run_deck(text, esm, state)
    assert engine.succeeded(results), results
    return state


def run(text, esm, state):
    return engine.run_deck(text, esm, state)


def facts(state):
    return engine.state_facts(state)


def required(esm, *components, profiles=None):
    """Required facts on a system that has the profiles the spec expects (the preconditions)."""
    loaded = api.load(api.Inputs(profiles=profiles, components=list(components)))
    model = api.model_for(loaded, esm=esm)
    return Backend(esm, loaded.doc).required_facts(model, where_defined=True)


def bad(results):
    return [r for r in results if r.outcome in ("error", "unsupported")]


def active_state(esm):
    """An otherwise empty system whose resource classes are active."""
    state = State(esm)
    assert engine.succeeded(engine.run_deck(ACTIVE[esm], esm, state))
    return state
