"""The shipped class tables (templates/<esm>/esm.yaml `classes`, docs/classes.md).

Every shipped class renders a setup, verify and undo deck for every ESM, with
its RACF class, ACF2 type code or TSS keyword in the commands; the decks reach
their facts in the dry-run engine; the tables stay inside the override schema;
every entry cites a source or is marked UNVERIFIED, and an UNVERIFIED one warns;
a class without a mapping names the fields to add.
"""

import functools
import json
import os
import re

import jsonschema
import pytest

from conftest import run_cli
from dryrun_support import required
from esmgen import resources
from esmgen.simulator import engine
from esmgen.simulator.state import State
from esmgen.renderer.backends import TABLE_ONLY_KEYS, load_table
from esmgen.esms import NAMES as ESMS

TABLES = {esm: load_table(esm) for esm in ESMS}
KINDS = ("setup", "verify", "undo")

# Issue 9: the IBM classes a security administrator uses, in every table.
IBM_CLASSES = ("FACILITY", "XFACILIT", "APPL", "OPERCMDS", "JESSPOOL", "JESJOBS", "SERVAUTH",
               "TCICSTRN", "GCICSTRN", "PROGRAM", "DSNR", "CBIND", "SURROGAT", "UNIXPRIV",
               "CSFSERV", "CSFKEYS", "XCSFKEY", "PTKTDATA", "STARTED", "RDATALIB", "IDTDATA",
               "SERVER", "EJBROLE", "GEJBROLE", "TSOPROC", "TSOAUTH", "ACCTNUM", "CONSOLE",
               "WRITER", "SDSF", "LOGSTRM", "ZOWE")


def entry(esm, cls):
    return TABLES[esm]["classes"][cls] or {}


def usable(esm):
    """Classes a spec may use with this ESM (not the ones it refuses with use_instead)."""
    return sorted(cls for cls in TABLES[esm]["classes"] if not entry(esm, cls).get("use_instead"))


def profile_name(cls):
    return "GRP1.*.**" if cls == "DATASET" else cls


def class_spec(classes, extra=""):
    """One profile and one grant (READ for USER1) per class; each profile is named after its class."""
    lines = ["esmgen: 1", "defaults: {department: DEPT1, owner: DEPT1}", "components:", "  c:",
             "    purpose: one profile and one grant per class", "    default: true",
             "    departments: [{name: DEPT1}]",
             "    groups: [{name: GRP1, gid: auto, description: test group}]",
             "    users:", "      - {name: USER1, default_group: GRP1}", "    profiles:"]
    for cls in classes:
        lines += [f"      - class: {cls}", f"        name: '{profile_name(cls)}'",
                  "        grants: [{id: USER1, access: READ}]"]
    return "\n".join(lines) + "\n" + extra


@pytest.fixture(scope="module")
def spec_dir(tmp_path_factory):
    return tmp_path_factory.mktemp("classes")


@functools.lru_cache(maxsize=None)
def _decks(esm, folder):
    path = os.path.join(folder, f"{esm}.yaml")
    with open(path, "w") as handle:
        handle.write(class_spec(usable(esm)))
    found = {}
    for kind in KINDS:
        result = run_cli("render", "--esm", esm, "--kind", kind, "--format", "tso", "--profiles", path)
        assert result.code == 0, result.err
        found[kind] = result
    return path, found


@pytest.fixture
def decks(spec_dir):
    return lambda esm: _decks(esm, str(spec_dir))[1]


def contexts(deck):
    """(ACF2 SET context, command) for every ACF2 command line of a deck."""
    current, found = None, []
    for line in deck.splitlines():
        if line.startswith("SET "):
            current = line
        elif line and not line.startswith(("*", "/*")):
            found.append((current, line))
    return found


# -- the tables ------------------------------------------------------------------

def test_every_table_ships_the_ibm_classes_and_the_same_set():
    for esm in ESMS:
        missing = [cls for cls in IBM_CLASSES if cls not in TABLES[esm]["classes"]]
        assert not missing, (esm, missing)
    assert set(TABLES["racf"]["classes"]) == set(TABLES["acf2"]["classes"]) == set(TABLES["tss"]["classes"])


@pytest.mark.parametrize("esm", ESMS)
def test_class_entries_validate_against_the_override_schema(esm):
    with open(os.path.join(os.path.dirname(resources.__file__), "schema.json")) as handle:
        schema = json.load(handle)
    classes_schema = dict(schema["definitions"][f"{esm}_tables"]["properties"]["classes"],
                          definitions=schema["definitions"])
    entries = {cls: {k: v for k, v in (e or {}).items() if k not in TABLE_ONLY_KEYS}
               for cls, e in TABLES[esm]["classes"].items()}
    jsonschema.validate(entries, classes_schema)
    # every key a shipped entry uses is either overridable or one of the table-only keys
    overridable = set(classes_schema["additionalProperties"]["properties"])
    used = {key for e in TABLES[esm]["classes"].values() for key in (e or {})}
    assert used <= overridable | set(TABLE_ONLY_KEYS), used - overridable - set(TABLE_ONLY_KEYS)


@pytest.mark.parametrize("esm", ESMS)
@pytest.mark.parametrize("key,value", [("member", "FACILITY"), ("app_raclist", True), ("program_control", True),
                                       ("dataset", True), ("prefix", "X."), ("use_instead", "anything")])
def test_a_spec_cannot_set_the_table_only_keys(tmp_path, esm, key, value):
    spec = tmp_path / "spec.yaml"
    spec.write_text(class_spec(["FACILITY"], f"esm_tables:\n  {esm}: {{classes: {{FACILITY: {{{key}: {json.dumps(value)}}}}}}}\n"))
    result = run_cli("render", "--esm", esm, "--format", "tso", "--profiles", str(spec))
    assert result.code == 2 and re.search(r"spec\.yaml:\d+:\d+: esm_tables", result.err), result.err


def _legend_and_entries(esm):
    """(legend {KEY: text}, [(class, entry text, comment)]) read from the YAML text."""
    path = os.path.join(resources.templates_dir(), esm, "esm.yaml")
    with open(path, encoding="utf-8") as handle:
        text = handle.read()
    legend, key = {}, None
    for line in text.splitlines():
        match = re.match(r"# \[([A-Z0-9-]+)\] (.*)", line)
        if match:
            key = match.group(1)
            legend[key] = match.group(2)
        elif key and line.startswith("#   "):
            legend[key] += " " + line[4:]
        else:
            key = None
    block = text.split("\nclasses:\n", 1)[1]
    entries = []
    for line in block.splitlines():
        if not line.startswith("  "):
            break
        match = re.match(r"  ([A-Z][A-Z0-9#$@]*): (\{.*?\})(?:\s+#\s*(.*))?$", line)
        if match:
            entries.append(match.groups())
    return legend, entries


@pytest.mark.parametrize("esm", ESMS)
def test_every_entry_cites_a_source_or_is_unverified(esm):
    legend, entries = _legend_and_entries(esm)
    assert {cls for cls, _, _ in entries} == set(TABLES[esm]["classes"])
    for key, text in legend.items():
        assert "https://" in text or "http://" in text, f"source [{key}] has no URL"
    for cls, body, comment in entries:
        assert comment, f"{esm} {cls}: no comment"
        cited = re.findall(r"\[([A-Z0-9-]+)\]", comment)
        assert all(key in legend for key in cited), (esm, cls, [k for k in cited if k not in legend])
        if "unverified: true" not in body:
            assert cited, f"{esm} {cls}: neither a cited source nor unverified: true"


# -- every class, every ESM, every deck kind --------------------------------------

@pytest.mark.parametrize("cls", usable("racf"))
def test_racf_decks_for_every_class(decks, cls):
    found = decks("racf")
    setup, verify, undo = (found[kind].out for kind in KINDS)
    e = entry("racf", cls)
    if e.get("dataset"):
        assert "SETROPTS GENERIC(DATASET)" in setup
        assert "PERMIT 'GRP1.*.**' CLASS(DATASET) GENERIC ID(USER1) ACCESS(READ)" in setup
        assert "LISTDSD DATASET('GRP1.*.**') GENERIC" in verify and "DELDSD 'GRP1.*.**' GENERIC" in undo
        return
    assert f"PERMIT {cls} CLASS({cls}) ID(USER1) ACCESS(READ)" in setup
    assert f"RLIST {cls} {cls} AUTHUSER" in verify
    assert f"PERMIT {cls} CLASS({cls}) DELETE ID(USER1)" in undo and f"RDELETE {cls} {cls}" in undo
    lines = setup.splitlines()
    if e.get("program_control"):
        assert "SETROPTS WHEN(PROGRAM)" in lines and "SETROPTS WHEN(PROGRAM) REFRESH" in lines
        assert f"SETROPTS CLASSACT({cls})" not in lines
        return
    assert f"SETROPTS CLASSACT({cls})" in lines
    assert (f"SETROPTS GENERIC({cls})" in lines) == bool(e.get("generic"))
    listed = e.get("member") or cls
    # never RACLIST a grouping class or a class CICS RACLISTs itself
    assert f"SETROPTS RACLIST({cls})" not in lines or not (e.get("member") or e.get("app_raclist"))
    assert (f"SETROPTS RACLIST({listed})" in lines) == bool(e.get("raclist") and not e.get("app_raclist"))
    refresh = f"SETROPTS RACLIST({listed}) REFRESH" if e.get("raclist") else f"SETROPTS GENERIC({cls}) REFRESH"
    assert refresh in lines and refresh in undo.splitlines()


@pytest.mark.parametrize("cls", usable("acf2"))
def test_acf2_decks_file_every_class_under_its_type_code(decks, cls):
    found = decks("acf2")
    e = entry("acf2", cls)
    key = "GRP1" if e.get("dataset") else cls
    context = "SET RULE" if e.get("dataset") else f"SET RESOURCE({e['type']})"
    setup = contexts(found["setup"].out)
    assert (context, f"RECKEY {key} ADD(ROLE(USER1) SERVICE(READ) ALLOW)") in setup or e.get("dataset")
    assert any(ctx == context and line.startswith(f"RECKEY {key} ADD(") for ctx, line in setup)
    assert (context, f"LIST {key}") in contexts(found["verify"].out)
    assert any(ctx == context and line.startswith(f"RECKEY {key} DEL(") for ctx, line in contexts(found["undo"].out))
    if e.get("clasmap"):
        assert f"INSERT CLASMAP.{cls} RESOURCE({cls}) RSRCTYPE({e['type']})" in found["setup"].out
    if not e.get("dataset"):
        assert f"F ACF2,REBUILD({e['type']})" in found["setup"].out


@pytest.mark.parametrize("cls", usable("tss"))
def test_tss_decks_use_every_class_keyword(decks, cls):
    found = decks("tss")
    e = entry("tss", cls)
    resource = "GRP1." if e.get("dataset") else e.get("prefix", "") + cls
    kw = e["keyword"]
    assert f"TSS ADD(DEPT1) {kw}({resource})" in found["setup"].out
    assert f"TSS PERMIT(USER1) {kw}({resource}) ACCESS(READ)" in found["setup"].out
    assert f"TSS WHOHAS {kw}({resource})" in found["verify"].out
    assert f"TSS REVOKE(USER1) {kw}({resource})" in found["undo"].out
    assert f"TSS REMOVE(DEPT1) {kw}({resource})" in found["undo"].out


# ZOWE is not an IBM-supplied class: a site adds it to the dynamic CDT
# (Zowe's ZWEIRACZ: MAXLENGTH(246) RACLIST(DISALLOWED); command form as in
# IBM's "Defining a security class for UMS") before esmgen's deck uses it.
# The site also runs with EGN (the deck writes GRP1.*.**; a new RACF
# database has NOEGN).
SITE_CLASSES = {
    "racf": "RDEFINE CDT ZOWE UACC(NONE) CDTINFO(DEFAULTUACC(NONE) -\n  FIRST(ALPHA) OTHER(ALPHA NUMERIC SPECIAL) -\n"
            "  MAXLENGTH(246) POSIT(607) RACLIST(DISALLOWED))\nSETROPTS CLASSACT(CDT) RACLIST(CDT)\n"
            "SETROPTS EGN\n",
}


@pytest.mark.parametrize("esm", ESMS)
def test_decks_for_every_class_reach_their_facts_in_the_dry_run(decks, spec_dir, esm):
    path, found = _decks(esm, str(spec_dir))
    state = State(esm)
    assert engine.succeeded(engine.run_deck(SITE_CLASSES.get(esm, ""), esm, state))
    site = engine.state_facts(state)
    results = engine.run_deck(found["setup"].out, esm, state)
    assert [r for r in results if r.outcome in ("error", "unsupported")] == []
    assert engine.state_facts(state) - site == required(esm, "all", profiles=path)
    results = engine.run_deck(found["undo"].out, esm, state)
    assert [r for r in results if r.outcome in ("error", "unsupported")] == []


def test_classes_sharing_an_acf2_type_code_read_back_alike(spec_dir):
    path, _ = _decks("acf2", str(spec_dir))
    facts = required("acf2", "all", profiles=path)
    assert "access type=SAF OPERCMDS USER1 READ" in facts and "access type=SAF JESSPOOL USER1 READ" in facts
    assert "access FACILITY FACILITY USER1 READ" in facts


# -- classes an ESM keeps elsewhere ---------------------------------------------

@pytest.mark.parametrize("esm,cls,hint", [("acf2", "STARTED", "started_tasks:"), ("tss", "STARTED", "started_tasks:"),
                                          ("tss", "GCICSTRN", "TCICSTRN")])
def test_classes_with_no_resource_rules_are_refused_with_what_to_use(tmp_path, esm, cls, hint):
    spec = tmp_path / "spec.yaml"
    spec.write_text(class_spec([cls]))
    result = run_cli("render", "--esm", esm, "--format", "tso", "--profiles", str(spec))
    assert result.code == 2, result.err
    assert re.search(rf"spec\.yaml:12:\d+: class {cls} has no {TABLES[esm]['name']} resource rules: .*{hint}",
                     result.err), result.err


# -- a class without a mapping ----------------------------------------------------

FIELDS = {
    "racf": ("{raclist: <true|false>, generic: <true|false>, max_length: <1-246>}",
             "{raclist: true, generic: true, max_length: 100}"),
    "acf2": ("{type: <3-character type code>, clasmap: <true|false>}", "{type: FOO, clasmap: true}"),
    "tss": ("{keyword: <resource class keyword>}", "{keyword: FOOBAR, max_permit: 44}"),
}


@pytest.mark.parametrize("esm", ESMS)
@pytest.mark.parametrize("command", ["render", "validate"])
def test_a_class_without_mapping_names_the_fields_to_add(tmp_path, esm, command):
    spec = tmp_path / "spec.yaml"
    spec.write_text(class_spec(["FOOBAR"]))
    args = ("--format", "tso") if command == "render" else ()
    result = run_cli(command, "--esm", esm, *args, "--profiles", str(spec))
    assert result.code == 2 and "Traceback" not in result.err
    name = TABLES[esm]["name"]
    expected = (f"spec.yaml:12:9: class FOOBAR has no {name} mapping: add it to the spec as"
                f" esm_tables: {{{esm}: {{classes: {{FOOBAR: {FIELDS[esm][0]}}}}}}} (")
    assert expected in result.err and "see docs/classes.md)" in result.err, result.err
    # the fields the message names are enough: filled in, the spec renders
    spec.write_text(class_spec(["FOOBAR"], f"esm_tables:\n  {esm}: {{classes: {{FOOBAR: {FIELDS[esm][1]}}}}}\n"))
    result = run_cli("render", "--esm", esm, "--format", "tso", "--profiles", str(spec))
    assert result.code == 0, result.err
    assert "UNVERIFIED" not in result.err


def test_acf2_message_names_the_missing_type_when_the_spec_gives_only_clasmap(tmp_path):
    spec = tmp_path / "spec.yaml"
    spec.write_text(class_spec(["FOOBAR"], "esm_tables:\n  acf2: {classes: {FOOBAR: {clasmap: true}}}\n"))
    result = run_cli("render", "--esm", "acf2", "--format", "tso", "--profiles", str(spec))
    assert result.code == 2 and "class FOOBAR has no ACF2 type: add it to the spec as" in result.err


# -- UNVERIFIED mappings warn ---------------------------------------------------

@pytest.mark.parametrize("esm", ESMS)
def test_unverified_mappings_warn_in_render_and_validate(decks, spec_dir, esm):
    path, found = _decks(esm, str(spec_dir))
    unverified = {cls for cls in usable(esm) if entry(esm, cls).get("unverified")}
    assert unverified, esm
    for err in [found[kind].err for kind in KINDS] + [run_cli("validate", "--esm", esm, "--profiles", path).err]:
        warned = set(re.findall(rf"warning: .*?: class (\w+): the {TABLES[esm]['name']} mapping \(.*?\) is UNVERIFIED", err))
        assert warned == unverified, (esm, warned ^ unverified)


@pytest.mark.parametrize("esm,cls,override", [
    ("racf", "XFACILIT", "{unverified: false}"), ("acf2", "TSOPROC", "{type: TSP, clasmap: true}"),
    ("tss", "CONSOLE", "{keyword: CONSOLE}")])
def test_a_site_override_confirms_an_unverified_mapping(tmp_path, esm, cls, override):
    spec = tmp_path / "spec.yaml"
    spec.write_text(class_spec([cls]))
    assert "UNVERIFIED" in run_cli("validate", "--esm", esm, "--profiles", str(spec)).err
    spec.write_text(class_spec([cls], f"esm_tables:\n  {esm}: {{classes: {{{cls}: {override}}}}}\n"))
    result = run_cli("validate", "--esm", esm, "--profiles", str(spec))
    assert result.code == 0 and "UNVERIFIED" not in result.err, result.err


def test_a_spec_can_mark_its_own_mapping_unverified(tmp_path):
    spec = tmp_path / "spec.yaml"
    spec.write_text(class_spec(["FOOBAR"], "esm_tables:\n  acf2: {classes: {FOOBAR: {type: FOO, unverified: true}}}\n"))
    result = run_cli("render", "--esm", "acf2", "--format", "tso", "--profiles", str(spec))
    assert result.code == 0 and "class FOOBAR: the ACF2 mapping (type: FOO, clasmap: false) is UNVERIFIED" in result.err


def test_verified_catalog_classes_do_not_warn():
    result = run_cli("validate", "--esm", "racf", "--component", "zosconnect-server")
    assert result.code == 0 and result.err == "", result.err


# -- what particular classes need -------------------------------------------------

def test_acf2_warns_when_two_classes_share_a_type_code(tmp_path):
    spec = tmp_path / "spec.yaml"
    spec.write_text(class_spec(["OPERCMDS", "JESSPOOL"]))
    result = run_cli("render", "--esm", "acf2", "--format", "tso", "--profiles", str(spec))
    assert result.code == 0
    assert "classes OPERCMDS and JESSPOOL are both ACF2 resource type SAF" in result.err
    assert "INSERT CLASMAP" not in result.out      # ACF2's own SAF mapping is kept, never remapped


def test_tss_dsnr_resources_carry_the_dsnr_prefix(tmp_path):
    spec = tmp_path / "spec.yaml"
    spec.write_text(class_spec(["DSNR"]).replace("name: 'DSNR'", "name: 'DB2A.BATCH'"))
    result = run_cli("render", "--esm", "tss", "--format", "tso", "--profiles", str(spec))
    assert result.code == 0
    assert "TSS PERMIT(USER1) DB2(DSNR.DB2A.BATCH) ACCESS(READ)" in result.out
    assert "Top Secret documents DSNR owned prefixes (DB2) as at most 8 characters; DSNR.DB2A.BATCH has 15" \
        in result.err


def test_tss_warns_that_surrogat_submit_is_not_a_batch_surrogate(tmp_path):
    spec = tmp_path / "spec.yaml"
    spec.write_text(class_spec(["SURROGAT"]).replace("name: 'SURROGAT'", "name: 'BATCHID.SUBMIT'"))
    result = run_cli("render", "--esm", "tss", "--format", "tso", "--profiles", str(spec))
    assert result.code == 0 and "TSS PERMIT(USER1) ACID(BATCHID)" in result.err
    assert run_cli("render", "--esm", "racf", "--format", "tso", "--profiles", str(spec)).err == ""


def test_racf_grouping_class_refuses_generic_profile_names(tmp_path):
    spec = tmp_path / "spec.yaml"
    spec.write_text(class_spec(["GCICSTRN"]).replace("name: 'GCICSTRN'", "name: 'PAY*'"))
    result = run_cli("render", "--esm", "racf", "--format", "tso", "--profiles", str(spec))
    assert result.code == 2 and "grouping class cannot have generic profile names" in result.err
    assert "member class TCICSTRN" in result.err


# -- docs/classes.md ---------------------------------------------------------------

def test_docs_table_matches_the_shipped_tables():
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    with open(os.path.join(root, "docs", "classes.md"), encoding="utf-8") as handle:
        text = handle.read()
    rows = {}
    for line in text.split("## The shipped classes", 1)[1].splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) == 5 and cells[0] in TABLES["racf"]["classes"]:
            rows[cells[0]] = cells
    assert set(rows) == set(TABLES["racf"]["classes"])
    for cls, (_, racf, acf2, tss, sources) in rows.items():
        for esm, cell in (("racf", racf), ("acf2", acf2), ("tss", tss)):
            assert ("UNVERIFIED" in cell) == bool(entry(esm, cls).get("unverified")), (esm, cls, cell)
        if entry("acf2", cls).get("type"):
            assert f"`{entry('acf2', cls)['type']}`" in acf2, (cls, acf2)
        if entry("tss", cls).get("keyword"):
            assert f"`{entry('tss', cls)['keyword']}`" in tss, (cls, tss)
        for key in re.findall(r"\[([A-Z0-9-]+)\]", sources):
            assert f"**[{key}]**" in text, key
    counts = {esm: sum(1 for cls in TABLES[esm]["classes"] if entry(esm, cls).get("unverified")) for esm in ESMS}
    assert f"RACF {counts['racf']} (" in text and f"ACF2 {counts['acf2']} (" in text, counts
    assert f"Top Secret {counts['tss']} (" in text, counts
    with open(os.path.join(root, "README.md"), encoding="utf-8") as handle:
        assert "[docs/classes.md](docs/classes.md)" in handle.read()
