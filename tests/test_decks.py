"""Properties every generated deck has, checked on the decks' text."""

import re

import pytest

from conftest import run_cli
from tso import commands, in_stream
from esmgen import esms

ESMS = esms.NAMES
KINDS = ("setup", "verify", "undo")


def tso(esm, kind="setup", *extra):
    result = run_cli("render", "--esm", esm, "--kind", kind, "--format", "tso", "--component", "all", *extra)
    assert result.code == 0, result.err
    return result.out.splitlines()


@pytest.mark.parametrize("esm", ESMS)
@pytest.mark.parametrize("kind", KINDS)
def test_records_fit_71_columns_and_are_printable_ascii(esm, kind):
    for record in tso(esm, kind):
        assert len(record) <= 71, record
        assert re.fullmatch(r"[\x20-\x7e]*", record), repr(record)
        assert "\t" not in record


@pytest.mark.parametrize("esm", ESMS)
def test_long_values_still_fit_after_substitution(esm):
    long_hlq = "ABCDEFGH.IJKLMNOP.QRSTUVWX.YZ012345"
    records = tso(esm, "setup", "--set", f"hlq={long_hlq}", "--set", "hlq_group=ABCDEFGH",
                  "--set", "unix_home=/u/" + "x" * 90)
    assert all(len(r) <= 71 for r in records)
    joined = [c for _, c in commands(records)]
    expected = "RECKEY ABCDEFGH ADD(IJKLMNOP.QRSTUVWX.YZ012345.-" if esm == "acf2" else long_hlq
    assert any(expected in c for c in joined)
    assert any("/u/" + "x" * 90 in c for c in joined)


@pytest.mark.parametrize("esm", ESMS)
@pytest.mark.parametrize("kind", KINDS)
def test_no_command_masks_the_return_code(esm, kind):
    cmds = [c for _, c in commands(tso(esm, kind))]
    assert cmds[-1] not in ("PROFILE", "END") or esm == "acf2"
    assert "PROFILE" not in cmds, "a bare PROFILE would force RC 0"
    if esm == "acf2":
        assert cmds[-1] == "END" and cmds[-2] != "PROFILE"


@pytest.mark.parametrize("esm", ESMS)
def test_values_are_final_no_symbols(esm):
    text = run_cli("render", "--esm", esm, "--component", "all").out
    for record in in_stream(text):
        assert "&" not in record, record


def test_every_acf2_rule_runs_under_its_own_type():
    expected = {"FAC": ("BPX", "ZWES", "IRR"), "APL": ("OMVSAPPL", "BBGZDFLT"), "CSF": ("CSFRNGL",),
                "IDT": ("ZWEIDT",), "SVR": ("BBG",), "EJB": ("BBGZDFLT",), "PTK": ("IRRPTAUTH",)}
    seen = 0
    for context, command in commands(tso("acf2")):
        if command.startswith("RECKEY "):
            key = command.split()[1]
            if key == "ZWE":
                assert context == "SET RULE", command
            else:
                allowed = {f"SET RESOURCE({c})" for c, keys in expected.items() if key in keys}
                assert context in allowed, (context, command)
            seen += 1
    assert seen >= 10


def test_every_acf2_command_has_a_context():
    for context, command in commands(tso("acf2")):
        verb = command.split()[0]
        if verb in ("INSERT", "CHANGE", "DELETE", "RECKEY", "LIST"):
            assert context is not None, command
        if verb in ("INSERT", "CHANGE") and command.split()[1].startswith("STC."):
            assert context == "SET CONTROL(GSO)"


def test_tss_prefix_is_owned_before_it_is_permitted():
    # a system-wide resource is the site's: the deck says so and only permits
    text = tso("tss")
    owned = re.findall(r"/\* (\w+)\(([^)]*)\) is system-wide: the site owns it", "\n".join(text))
    assert ("IBMFAC", "BPX.SERVER") in owned
    for _, command in commands(text):
        match = re.match(r"TSS ADD\((\w+)\) (\w+)\(([^)]*)\)$", command)
        if match and match.group(2) not in ("GROUP", "FAC", "MASTFAC", "STC"):
            owned.append((match.group(2), match.group(3)))
        match = re.match(r"TSS PERMIT\((\w+)\) (\w+)\(([^)]*)\)", command)
        if match and not (match.group(2) == "APPL" and match.group(3) == "OMVSAPPL"):
            keyword, resource = match.group(2), match.group(3)
            assert any(k == keyword and resource.startswith(p) for k, p in owned), command


def test_tss_acids_get_a_department_that_the_deck_creates_first():
    cmds = [c for _, c in commands(tso("tss"))]
    dept = cmds.index("TSS CREATE(ZWEDEPT) TYPE(DEPT) NAME('ZOWE DEPARTMENT')")
    creates = [i for i, c in enumerate(cmds) if c.startswith("TSS CREATE(") and "TYPE(DEPT)" not in c]
    assert creates and all(i > dept for i in creates)
    assert all("DEPT(ZWEDEPT)" in cmds[i] for i in creates)


def test_racf_raclisted_classes_are_refreshed_after_their_changes():
    cmds = [c for _, c in commands(tso("racf"))]
    for cls in ("FACILITY", "APPL", "CSFSERV", "IDTDATA", "STARTED"):
        refresh = cmds.index(f"SETROPTS RACLIST({cls}) REFRESH")
        last_change = max(i for i, c in enumerate(cmds) if f"CLASS({cls})" in c or f" {cls} " in f" {c} "
                          and not c.startswith("SETROPTS"))
        assert refresh > last_change, cls
    assert cmds.index("SETROPTS GENERIC(DATASET) REFRESH") > cmds.index(
        "PERMIT 'ZWE.*.**' CLASS(DATASET) GENERIC ID(ZWEADMIN) ACCESS(ALTER)")


@pytest.mark.parametrize("esm", ESMS)
def test_each_grant_is_preceded_by_its_purpose(esm):
    records = tso(esm)
    comment_text = " ".join(r for r in records if r.startswith(("/*", "*")))
    for phrase in ("UPDATE on BPX.SERVER lets the Zowe server", "READ on IRR.RUSERMAP lets",
                   "System programmers install and maintain"):
        assert phrase.split()[0] in comment_text
        assert _comment_words(records).count(" ".join(phrase.split())) >= 1, phrase


def _comment_words(records):
    words = []
    for record in records:
        if record.startswith("/*"):
            words += record[2:-2].split()
        elif record.startswith("* "):
            words += record[2:].split()
    return " ".join(words)


@pytest.mark.parametrize("esm", ESMS)
def test_undo_reverses_setup_order(esm):
    def created(cmds, pattern):
        return [re.search(pattern, c).group(1) for c in cmds if re.search(pattern, c)]
    def plain(kind):   # ACF2: only logonid records (SET LID context)
        return [c for ctx, c in commands(tso(esm, kind)) if ctx in (None, "SET LID")]
    setup, undo = plain("setup"), plain("undo")
    patterns = {"racf": (r"^ADDUSER (\w+)", r"^DELUSER (\w+)"),
                "acf2": (r"^INSERT (\w+) STC", r"^DELETE (\w+)$"),
                "tss": (r"^TSS CREATE\((\w+)\) TYPE\(USER\)", r"^TSS DELETE\((\w+)\)")}[esm]
    users = created(setup, patterns[0])
    assert [u for u in created(undo, patterns[1]) if u in users] == list(reversed(users))


def test_undo_keeps_system_wide_profiles():
    undo = [c for _, c in commands(tso("racf", "undo"))]
    assert "PERMIT BPX.SERVER CLASS(FACILITY) DELETE ID(ZWESVUSR)" in undo
    assert not any(c.startswith("RDELETE FACILITY BPX.") for c in undo)
    assert "RDELETE FACILITY ZWES.IS" in undo
    assert not any("SETROPTS NOCLASSACT" in c for c in undo)


def test_apostrophes_in_text_are_doubled(write):
    spec = write("s.yaml", """esmgen: 1
components:
  c:
    purpose: test
    default: true
    groups: [{name: GRP1, description: "O'Brien's group"}]
""")
    result = run_cli("render", "--esm", "racf", "--format", "tso", "--profiles", spec)
    assert result.code == 0, result.err
    assert "ADDGROUP GRP1 DATA('O''Brien''s group')" in [c for _, c in commands(result.out.splitlines())]
