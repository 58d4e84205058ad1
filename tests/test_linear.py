"""What the linear-time changes (issue 8 item 3) must not change: the results.

Timings are measured by benchmarks/bench_listing.py, never asserted here.
"""

from esmgen import tsotext
from esmgen.listing import check as checkout
from esmgen.simulator import engine
from esmgen.simulator.state import State


# -- check-output ----------------------------------------------------------------------

def test_a_long_continued_echo_followed_by_long_output():
    # The shape that was quadratic: the echo was joined again for every later line.
    echo = "".join(f"ALTUSER U{i} -\n" for i in range(300))
    output = "".join(f"OUTPUT LINE {i}\n" for i in range(300))
    results = checkout.check_listing("READY\n" + echo + "NAME('X  Y')\n" + output + "READY\nACF\nREADY\n",
                                     "racf")
    assert results[0].command.startswith("ALTUSER U0 ALTUSER U1 ") and results[0].command.endswith(
        "ALTUSER U299 NAME('X  Y')")
    assert len(results[0].output) == 300 and results[0].line == 2
    assert [r.command for r in results[1:]] == ["ACF"]


def test_acf_mode_is_still_entered_when_the_echo_completes():
    text = "READY\nAC+\nF\nACF\nSET LID\nACF60207 RECORD STORED\nREADY\n"
    results = checkout.check_listing(text, "acf2")
    assert [(r.command, r.messages) for r in results] == [
        ("ACF", []), ("SET LID", ["ACF60207 RECORD STORED"])]


def test_one_tso_reader_joins_continued_records():
    assert tsotext.join_records(["A -", "B +", "   C"]) == "A B C"
    assert tsotext.join_records(["X NAME('A  +", "  B')"]) == "X NAME('A  B')"


# -- the TSO reader ---------------------------------------------------------------------

def test_comments_and_blanks_outside_apostrophes():
    assert tsotext.drop_comments("A /* c */ B '/* not */' /* open") == "A  B '/* not */'"
    assert tsotext.drop_comments("A //* c */ B") == "A / B"
    assert tsotext.drop_comments("'it''s' /* c */") == "'it''s'"
    assert tsotext.squeeze("  A   B 'x   y'   C  ") == "A B 'x   y' C"
    assert tsotext.squeeze("A 'open   end") == "A 'open   end"


def test_a_blank_after_a_parenthesis_carried_over_a_plus_continuation():
    # TSO keeps the blank before `+`: the command reads `UACC( NONE)`, which TSO parse accepts
    state = State("racf")
    engine.run_deck("SETROPTS CLASSACT(FACILITY)\n", "racf", state)
    results = engine.run_deck("RDEFINE FACILITY APP.RES UACC( +\n     READ)\n", "racf", state)
    assert [r.outcome for r in results] == ["ok"]
    assert state.profiles["FACILITY APP.RES"]["uacc"] == "READ"


def test_the_simulator_and_the_listing_checker_join_records_alike():
    records = ["RDEFINE FACILITY BPX.SER-", "VER UACC(NONE) +", "     DATA('A  B')"]
    deck = engine.read_deck("\n".join(records) + "\n", "deck").commands
    listing = checkout.check_listing("READY\n" + "\n".join(records) + "\nREADY\n", "racf")
    assert deck[0].text == listing[0].command == tsotext.join_records(records) == \
        "RDEFINE FACILITY BPX.SERVER UACC(NONE) DATA('A  B')"


# -- ACF2 rule sets -------------------------------------------------------------------------

def acf2(text, state):
    return engine.run_deck("ACF\nSET RESOURCE(FAC)\n" + text + "\nEND\n", "acf2", state)


def test_rule_lines_deleted_in_bulk_leave_the_state_exact():
    state = State("acf2")
    acf2("\n".join(f"RECKEY BIG ADD(R{i} UID(U{i}) SERVICE(READ) ALLOW)" for i in range(100)), state)
    results = acf2("\n".join(f"RECKEY BIG DEL(R{i} UID(U{i}) SERVICE(READ) ALLOW)"
                             for i in range(0, 100, 3)), state)
    assert {r.outcome for r in results[2:-1]} == {"ok"}
    assert state.rules["FAC BIG"] == [f"R{i} UID(U{i}) SERVICE(READ) ALLOW" for i in range(100) if i % 3]


def test_a_deleted_line_added_again_goes_to_the_end_and_list_sees_the_set():
    state = State("acf2")
    results = acf2("RECKEY K ADD(A UID(X) ALLOW)\nRECKEY K ADD(B UID(X) ALLOW)\n"
                   "RECKEY K DEL(A UID(X) ALLOW)\nRECKEY K DEL(A UID(X) ALLOW)\n"
                   "LIST K\nRECKEY K ADD(A UID(X) ALLOW)", state)
    assert [r.outcome for r in results[2:-1]] == ["ok", "ok", "ok", "not-found", "ok", "ok"]
    assert results[6].message.endswith(": B UID(X) ALLOW")
    assert state.rules["FAC K"] == ["B UID(X) ALLOW", "A UID(X) ALLOW"]


def test_a_rule_set_emptied_by_deletions_is_gone():
    state = State("acf2")
    acf2("RECKEY K ADD(A UID(X) ALLOW)\nRECKEY K DEL(A UID(X) ALLOW)", state)
    assert state.rules == {}


def test_a_saved_state_with_a_repeated_line():
    state = State("acf2", rules={"FAC K": ["A UID(X) ALLOW", "B UID(X) ALLOW", "A UID(X) ALLOW"]})
    results = acf2("RECKEY K DEL(A UID(X) ALLOW)\nRECKEY K DEL(A UID(X) ALLOW)\nRECKEY K DEL(A UID(X) ALLOW)",
                   state)
    assert [r.outcome for r in results[2:-1]] == ["ok", "ok", "not-found"]
    assert state.rules["FAC K"] == ["B UID(X) ALLOW"]


def test_long_rule_lists_are_shortened():
    state = State("acf2")
    results = acf2("\n".join(f"RECKEY K ADD(R{i} UID(X) ALLOW)" for i in range(25)) + "\nLIST K", state)
    assert results[-2].message.endswith("R9 UID(X) ALLOW | ... (15 more)")


def test_roles_after_role_changes():
    state = State("acf2")
    results = engine.run_deck("ACF\nSET X(ROL)\nINSERT R1 INCLUDE(A B)\nINSERT R2 INCLUDE(B)\n"
                              "CHANGE R1 INCLUDE(C) ADD\nCHANGE R2 INCLUDE(D) REP\nCHANGE R1 INCLUDE(A) DEL\n"
                              "ROLES B\nROLES A\nROLES D\nEND\n", "acf2", state)
    assert [r.message for r in results[-4:-1]] == ["ROLES FOR B: R1", "ROLES FOR A: NONE (assumed outcome)",
                                                   "ROLES FOR D: R2"]


# -- Top Secret ownership and permits --------------------------------------------------------

def test_tss_owner_and_permit_lookups_by_prefix():
    state = State("tss")
    results = engine.run_deck(
        "TSS CREATE(D1) TYPE(DEPT) NAME('D')\nTSS CREATE(U1) TYPE(USER) NAME('U') DEPT(D1)\n"
        "TSS ADD(D1) IBMFAC(BPX.)\nTSS PERMIT(U1) IBMFAC(BPX.SERVER) ACCESS(READ)\n"
        "TSS PERMIT(U1) IBMFAC(ZZZ.SERVER) ACCESS(READ)\n"
        "TSS WHOHAS IBMFAC(BPX.SERVER.X)\nTSS WHOOWNS IBMFAC(BPX.DAEMON)\nTSS WHOOWNS IBMFAC(BPY)\n",
        "tss", state)
    assert [r.outcome for r in results] == ["ok", "ok", "ok", "ok", "error", "ok", "ok", "not-found"]
    assert results[5].message.endswith("RESOURCE = BPX.SERVER.X OWNER(D1) XAUTH ACID(U1)")
    assert results[6].message.endswith("D1 OWNS IBMFAC BPX.DAEMON")
