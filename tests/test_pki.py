"""Certificates and key rings: the commands per ESM and their bad input."""

import os

import pytest

from conftest import HERE, run_cli
from tso import commands

SPEC = os.path.join(HERE, "specs", "pki.yaml")


def cmds(esm, kind="setup", *extra):
    result = run_cli("render", "--esm", esm, "--kind", kind, "--format", "tso", "--profiles", SPEC, *extra)
    assert result.code == 0, result.err
    return [c for _, c in commands(result.out.splitlines())]


def test_racf_forms_and_undo_order():
    setup = cmds("racf")
    assert ("RACDCERT GENCERT ID(SRVUSER) SUBJECTSDN(CN('server.example.com') O('Example''s Org'))"
            " SIZE(2048) NOTAFTER(DATE(2028-06-30)) WITHLABEL('Server cert')"
            " SIGNWITH(CERTAUTH LABEL('Server CA')) KEYUSAGE(HANDSHAKE)") in setup
    assert ("RACDCERT CONNECT(ID(SRVUSER) LABEL('Server cert') RING(SrvRing) USAGE(PERSONAL) DEFAULT)"
            " ID(SRVUSER)") in setup
    undo = cmds("racf", "undo")
    assert undo.index("RACDCERT DELRING(SrvRing) ID(SRVUSER)") < undo.index(
        "RACDCERT DELETE(LABEL('Server cert')) ID(SRVUSER)") < undo.index("DELUSER SRVUSER")


def test_acf2_and_tss_forms():
    acf2 = cmds("acf2")
    assert "GENCERT SRVUSER.SRVCERT LABEL('Server cert') SUBJSDN(CN='server.example.com' O='Example''s Org')" \
           " SIZE(2048) EXPIRE(06/30/28) SIGNWITH(CERTAUTH.SRVCA) KEYUSAGE(HANDSHAKE)" in acf2
    tss = cmds("tss")
    assert ("TSS GENCERT(CERTAUTH) DIGICERT(SRVCA) SUBJECTN('CN=\"Server CA\" O=\"Example''s Org\" C=\"US\"')"
            " KEYSIZE(2048) NADATE(12/31/30) LABLCERT('Server CA') KEYUSAGE('CERTSIGN')") in tss


def test_import_password_is_a_secret(tmp_path, monkeypatch):
    spec = tmp_path / "spec.yaml"
    spec.write_text(open(SPEC).read().replace("import: {dsname: SYS1.CERTS.CLIENTCA}",
                                              "import: {dsname: SYS1.CERTS.CLIENTCA, password: p12_pass}"))
    missing = run_cli("render", "--esm", "racf", "--profiles", str(spec))
    assert missing.code == 2 and "ESMGEN_SECRET_P12_PASS" in missing.err
    monkeypatch.setenv("ESMGEN_SECRET_P12_PASS", "s3cret pass")
    setup = run_cli("render", "--esm", "tss", "--format", "tso", "--profiles", str(spec)).out
    assert "PKCSPASS('s3cret pass')" in setup
    for kind in ("verify", "undo"):
        assert "s3cret" not in run_cli("render", "--esm", "tss", "--kind", kind, "--profiles", str(spec)).out


@pytest.mark.parametrize("old,new,why", [
    ("signed_by: Server CA", "signed_by: No Such CA", "is not a CERTAUTH certificate"),
    ("        expires: \"2028-06-30\"\n", "", "needs expires"),
    ("- owner: SRVUSER\n        label: Server cert", "- owner: NOBODY\n        label: Server cert",
     "user 'NOBODY' is not declared"),
    ("name: SrvRing", "name: 'bad ring'", "key ring name"),
    ("{owner: CERTAUTH, label: Clients CA, usage: certauth}", "{owner: CERTAUTH, label: Other, usage: certauth}",
     "certificate 'Other' of CERTAUTH is not declared"),
    ("label: Server CA\n        record: SRVCA", "label: " + "L" * 33 + "\n        record: SRVCA", "limit is 32"),
    ("import: {dsname: SYS1.CERTS.CLIENTCA}", "import: {dsname: SYS1.CERTS.CLIENTCA}\n        subject: {CN: X}\n"
     "        expires: \"2030-01-01\"", "not both"),
])
def test_bad_certificates(tmp_path, old, new, why):
    spec = tmp_path / "spec.yaml"
    text = open(SPEC).read()
    assert old in text
    spec.write_text(text.replace(old, new, 1))
    result = run_cli("validate", "--profiles", str(spec))
    assert result.code == 2 and why in result.err and "spec.yaml:" in result.err, result.err
