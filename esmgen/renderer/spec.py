"""Spec loading: YAML -> JSON Schema check -> variables -> validated Model."""

import difflib
import json
import types
from functools import lru_cache

from esmgen import cache, esms, kinds, resources
from esmgen.renderer import rules
from esmgen.renderer import variables as varmod
from esmgen.errors import Problem, SpecError
from esmgen.loader import load_file
from esmgen.model import (
    ACCESS_LEVELS,
    Certificate,
    CertificateMap,
    ClassUse,
    Component,
    Connect,
    Department,
    Facility,
    Grant,
    Group,
    IdentityMap,
    KeyRing,
    Meta,
    Model,
    Omvs,
    PassTicketKey,
    Profile,
    RingConnection,
    StartedTask,
    TableOverride,
    TlsRule,
    User,
)


BUNDLED = "profiles.yaml (bundled)"      # how messages name the bundled catalog
# User ids every system has: IBMUSER is defined when a RACF database is
# initialized (IBM RACF System Programmer's Guide); ACF2 and Top Secret sites
# converted from RACF keep it. An adopted group of such a name is the user.
IBM_SUPPLIED_USERS = ("IBMUSER",)


@lru_cache(maxsize=1)
def _schema():
    with open(resources.schema_path(), encoding="utf-8") as handle:
        return json.load(handle)


def load_spec(path=None, check_bundled=False):
    """Read a spec (the bundled catalog when path is None) and check it against the schema.

    The bundled catalog is part of the package and the tests check it as
    this function checks a user's spec (tests/test_startup.py), so a run
    that uses it takes its data from the cache (esmgen.cache) and skips the
    checks: it never imports jsonschema or builds a validator, which would
    cost more than the rest of a small run. check_bundled=True loads and
    checks it as any spec (`esmgen validate`).
    """
    if path is None and not check_bundled:
        return load_file(resources.catalog_path(), label=BUNDLED, package=True)
    return check_document(load_file(path or resources.catalog_path(), label=path or BUNDLED))


def check_document(doc):
    """The document, or SpecError with its schema problems (else its text problems)."""
    problems = schema_problems(doc) or text_problems(doc)
    if problems:
        raise SpecError(problems)
    return doc


# Keys whose values are reviewer prose: folded YAML blocks are fine there
# (line breaks read as blanks); everywhere else a string is one plain line.
PROSE_KEYS = ("purpose", "source", "title")


def text_problems(doc):
    """Every string of the spec (keys too) is printable ASCII; prose may wrap."""
    problems = []

    def visit(node, path):
        if isinstance(node, dict):
            for key, value in node.items():
                if isinstance(key, str):
                    why = rules.check_plain(key, f"key {key!r}")
                    if why:
                        problems.append(Problem(doc.where_key(path + [key]), why))
                visit(value, path + [key])
        elif isinstance(node, list):
            for index, value in enumerate(node):
                visit(value, path + [index])
        elif isinstance(node, str):
            label = ".".join(map(str, path))
            is_prose = path and (path[-1] in PROSE_KEYS or PROSE_KEYS[0] in path[-2:-1]
                                 or (path[0] == "variables" and path[-1] == "description"))
            why = rules.check_prose(node, label) if is_prose else rules.check_plain(node, label)
            if why:
                problems.append(Problem(doc.where(path), why))

    visit(doc.data, [])
    return problems


# Compiling the fastjsonschema validator takes longer than jsonschema takes to
# check a spec of this size; only bigger specs are worth it.
FAST_SCHEMA_BYTES = 64 * 1024


# fastjsonschema's settings: it must accept exactly what jsonschema's
# Draft7Validator accepts, so no `format` assertions (jsonschema makes none
# without a format checker), and no filling in of `default` values, which
# would change the data.
FAST_OPTIONS = {"use_default": False, "use_formats": False}


@lru_cache(maxsize=1)
def _fast_validator():
    """A compiled validator for the common case of a valid spec, if available.

    fastjsonschema writes and compiles a validator of 360 KB of Python for
    esmgen's schema, which takes about a fifth of a second; the compiled code
    is kept in esmgen's cache, named by the schema, the settings and the
    fastjsonschema version, and later runs take it from there.
    """
    try:
        import fastjsonschema    # the optional extra `fast`
    except ImportError:
        return None
    with open(resources.schema_path(), "rb") as handle:
        key = cache.digest(repr((fastjsonschema.VERSION, sorted(FAST_OPTIONS.items()))), handle.read())
    stem = cache.entry_stem("validator", "schema.json")
    entries = cache.store()
    kept = entries.read(stem, key) if entries else None
    if (isinstance(kept, tuple) and len(kept) == 2 and isinstance(kept[0], str)
            and isinstance(kept[1], types.CodeType)):
        name, code = kept
        namespace = {}
        exec(code, namespace)      # the code fastjsonschema wrote for this schema (see above)
        if callable(namespace.get(name)):
            return namespace[name]
    validator = fastjsonschema.compile(_schema(), **FAST_OPTIONS)
    if entries:
        source = fastjsonschema.compile_to_code(_schema(), **FAST_OPTIONS)
        entries.write(stem, key, (validator.__name__, compile(source, "<fastjsonschema validator>", "exec")))
    return validator


def schema_problems(doc):
    """Every schema violation with its position; empty when the spec is valid.

    A big spec is checked by fastjsonschema first when it is installed; the
    problems always come from jsonschema, so they read the same either way.
    """
    if doc.data is None:
        return [Problem(doc.where(), "the spec is empty; it needs `esmgen: 1` and `components:`")]
    fast = _fast_validator() if len(doc.text) >= FAST_SCHEMA_BYTES else None
    if fast is not None:
        try:
            fast(doc.data)
            return []
        except Exception:  # fastjsonschema stops at the first error: ask jsonschema for all
            pass
    import jsonschema      # here, not at the top: a run with the bundled catalog never needs it
    validator = jsonschema.Draft7Validator(_schema())
    problems = []
    for error in sorted(validator.iter_errors(doc.data), key=lambda e: list(map(str, e.absolute_path))):
        path = list(error.absolute_path)
        message = _schema_message(error)
        where = doc.where(path)
        if error.validator == "additionalProperties" and isinstance(error.instance, dict):
            allowed = set(error.schema.get("properties", {}))
            extra = sorted(k for k in error.instance if k not in allowed)
            if extra:
                path.append(extra[0])
                where = doc.where_key(path)
        label = ".".join(str(p) for p in path) or "(top level)"
        problems.append(Problem(where, f"{label}: {message}"))
    return problems


def _schema_message(error):
    if error.validator == "oneOf" and "minimum" in json.dumps(error.schema):
        return f"{error.instance!r} must be 'auto', a number from 0 to 2147483647, or a ${{variable}}"
    if error.validator == "enum":
        return f"{error.instance!r} is not one of {', '.join(map(str, error.validator_value))}"
    if error.validator == "additionalProperties":
        allowed = ", ".join(sorted(error.schema.get("properties", {})))
        return f"{error.message}; allowed keys: {allowed}"
    return error.message


def component_names(doc):
    return list(doc.data["components"])


def select_components(doc, requested, skipped=()):
    """Component names to use, in catalog order: the defaults, 'all', or the named
    ones, less the skipped ones. Names are case-insensitive; an empty
    selection is an error that says how to select."""
    known = component_names(doc)
    requested = [name.lower() for name in requested]
    skipped = [name.lower() for name in skipped]
    for option, names in (("--component", requested), ("--skip-component", skipped)):
        for name in names:
            if name not in known and not (option == "--component" and name == "all"):
                raise SpecError(Problem(option, f"unknown component '{name}'{did_you_mean(name, known)};"
                                        " known: " + ", ".join(known) + (", all" if option == "--component" else "")))
    if not requested:
        chosen = [n for n in known if doc.data["components"][n].get("default", False)]
    elif "all" in requested:
        chosen = known
    else:
        chosen = [n for n in known if n in requested]
    chosen = [n for n in chosen if n not in skipped]
    if not chosen:
        why = "every selected component is skipped" if skipped else \
            "the spec marks no component `default: true`"
        raise SpecError(Problem("--component", f"no component selected ({why}); choose with"
                                " --component NAME (repeatable) or --component all; `esmgen components`"
                                " lists them"))
    return chosen


def did_you_mean(name, known):
    """' (did you mean X?)' for the closest known name, or ''."""
    close = difflib.get_close_matches(name, known, n=1, cutoff=0.6)
    return f" (did you mean {close[0]}?)" if close else ""


def build_model(doc, values, selected, esm=None, forbidden=()):
    """Resolve variables in the selected components and validate the result."""
    builder = _Builder(doc, values, forbidden)
    model = builder.build(selected, esm)
    if builder.problems:
        raise SpecError(builder.problems)
    return model


# The method of _Builder that makes one object of each kind a spec lists.
BUILDERS = {"department": "_department", "group": "_group", "user": "_user", "stc": "_started_task",
            "facility": "_facility", "tls": "_tls_rule", "idmap": "_identity_map",
            "certmap": "_certificate_map", "certificate": "_certificate", "keyring": "_keyring",
            "profile": "_profile"}


class _Builder:
    def __init__(self, doc, values, forbidden):
        self.doc = doc
        self.values = values
        self.forbidden = tuple(forbidden)
        self.problems = []
        self.defaults = doc.data.get("defaults") or {}
        self.recent = []          # variables used since the last object's meta was made
        self.used = set()         # every variable the selected components use

    # -- values -------------------------------------------------------------
    def text(self, path, raw, check=None, required=True):
        """Substitute variables in the value at path and run check on the result.

        A required value that is empty once variables are applied is an
        error naming the variables: nothing is dropped silently.
        """
        where = self.doc.place(path)
        try:
            value, used = varmod.substitute(raw, self.values, where)
        except SpecError as exc:
            self.problems.extend(exc.problems)
            return None
        self.recent.extend(n for n in used if n not in self.recent)
        self.used.update(used)
        if isinstance(value, str) and not value and required:
            self.problem(path, used, f"{_field(path)} is empty")
            return None
        if isinstance(value, str):
            for bad in self.forbidden:
                if bad in value:
                    self.problem(path, used, f"{value!r} contains the in-stream delimiter"
                                 f" {bad!r}; choose another with --dlm")
                    return None
        why = check(value) if check and value is not None else None
        if why:
            self.problem(path, used, why)
            return None
        return value

    def problem(self, path, used, message):
        self.problems.append(Problem(self.doc.where(path), message + self.origin(used)))

    def origin(self, used):
        """' (${hlq} = 'SYS2.ZWE' from zowe.yaml:5:15 (...))' for the variables used."""
        return "".join(f" (${{{n}}} = {self.values[n].text!r} from {self.values[n].origin})"
                       for n in used)

    def _take_origin(self):
        origin, self.recent = self.origin(self.recent), []
        return origin

    def number(self, path, raw, what):
        value = self.text(path, raw)
        if isinstance(value, str) and rules.unix_id_number(value) is not None:
            value = rules.unix_id_number(value)
        why = rules.check_unix_id(value, what) if value is not None else None
        if why:
            self.problems.append(Problem(self.doc.where(path), why))
            return None
        return value

    def ident(self, path, raw, what):
        return self.text(path, raw, lambda v: rules.check_id(v, what))

    def free_text(self, path, raw, what, limit=255, required=False):
        """Quoted operand text; an optional field may be empty, a required one not."""
        if raw is None:
            return ""
        return self.text(path, raw, lambda v: rules.check_text(v, what, limit), required=required) or ""

    # -- building -----------------------------------------------------------
    def build(self, selected, esm):
        self.esm = esm
        components = self.doc.data["components"]
        model = Model(components=tuple(self._component(n, components[n]) for n in components))
        model.variables = dict(self.values)
        model.esm = esm
        model.identities = self._kinds = self._identities(components)
        chosen = [c for c in model.components if c.name in selected and (esm is None or esm in c.esms)]
        listed = [kind for kind in kinds.KINDS if kind.spec_key and (esm is None or esm in kind.esms)]
        parts = {kind.name: [] for kind in listed}
        parts["grant"] = []
        for component in chosen:
            self._collect(component, components[component.name], listed, parts)
        for kind in listed:     # one object per key, merged from every component that names it
            setattr(model, kind.attr, self._merge(parts[kind.name], kind.key, kind.noun or kind.name))
        model.groups = tuple(g for g in model.groups if g.name not in self.users_not_groups)
        model.grants = _strongest_grants(parts["grant"])
        model.table_overrides = self._table_overrides(esm)
        model.used_variables = tuple(sorted(self.used))
        model.connects = _connects(model.users)
        model.classes = _classes(model.profiles, model.grants)
        self._check_references(model)
        return model

    def _component(self, name, raw):
        return Component(name=name, purpose=self.purpose(raw["purpose"]), source=rules.prose(raw.get("source", "")),
                         default=raw.get("default", False), esms=tuple(raw.get("esm", esms.NAMES)))

    def _identities(self, components):
        """{name: "user" | "group"} of every user and group of every component.

        An adopted group whose name is a user (one the spec declares, or one
        IBM supplies on every system) is that user: the data set prefix
        IBMUSER.ZWE names a user, and no group is defined for it.
        """
        found = dict.fromkeys(IBM_SUPPLIED_USERS, "user")
        adopted = []
        for cname, raw in components.items():
            for kind, key in (("user", "users"), ("group", "groups")):
                for index, item in enumerate(raw.get(key, [])):
                    where = self.doc.place(["components", cname, key, index, "name"])
                    try:
                        name, _ = varmod.substitute(item["name"], self.values, where)
                    except SpecError:
                        continue  # reported when the component is built
                    if kind == "group" and item.get("adopt") and found.get(name) == "user":
                        adopted.append(name)
                    elif found.get(name, kind) != kind:
                        self.problems.append(Problem(where, f"'{name}' is declared both as a user and as a group"))
                    else:
                        found[name] = kind
        self.users_not_groups = set(adopted)
        return found

    def _collect(self, component, raw, listed, parts):
        """The objects of each kind a component lists (kinds.Kind.spec_key); a
        profile's grants come with it."""
        base = ["components", component.name]
        for kind in listed:
            build = getattr(self, BUILDERS[kind.name])
            for index, item in enumerate(raw.get(kind.spec_key, [])):
                path = base + [kind.spec_key, index]
                obj = build(path, item, component)
                if obj is None:
                    continue
                parts[kind.name].append(obj)
                for g_index, grant in enumerate(item.get("grants", []) if kind.name == "profile" else ()):
                    made = self._grant(path + ["grants", g_index], grant, obj, component)
                    if made is not None:
                        parts["grant"].append(made)

    def purpose(self, raw):
        """The purpose text for this model's ESM: a string, or {text, racf, acf2, tss}."""
        if isinstance(raw, dict):
            raw = raw.get(self.esm) or raw["text"]
        return rules.prose(raw)

    def _meta(self, path, item, component):
        purpose = self.purpose(item["purpose"]) if "purpose" in item else component.purpose
        return Meta(component.name, purpose, self.doc.place(path), self._take_origin())

    def _department(self, path, item, component):
        name = self.ident(path + ["name"], item["name"], "department")
        return name and Department(
            name=name, description=self.free_text(path + ["description"], item.get("description"), "description", 32),
            create=item.get("create", True), meta=self._meta(path, item, component))

    def _group(self, path, item, component):
        name = self.ident(path + ["name"], item["name"], "group name")
        gid = self.number(path + ["gid"], item["gid"], "gid") if "gid" in item else None
        department = self._department_of(path, item)
        return name and Group(
            name=name, gid=gid, department=department,
            description=self.free_text(path + ["description"], item.get("description"), "description"),
            create=item.get("create", True), adopt=item.get("adopt", False),
            meta=self._meta(path, item, component))

    def _department_of(self, path, item):
        if "department" in item:
            return self.ident(path + ["department"], item["department"], "department")
        if "department" in self.defaults:
            return self.ident(["defaults", "department"], self.defaults["department"], "department")
        return None

    def _user(self, path, item, component):
        name = self.ident(path + ["name"], item["name"], "user id")
        dflt = self.ident(path + ["default_group"], item["default_group"], "group name") \
            if "default_group" in item else None
        groups = tuple(g for g in (self.ident(path + ["groups", i], raw, "group name")
                                   for i, raw in enumerate(item.get("groups", []))) if g)
        omvs = self._omvs(path + ["omvs"], item["omvs"]) if "omvs" in item else None
        return name and User(
            name=name, default_group=dflt, groups=groups, protected=item.get("protected", False),
            full_name=self.free_text(path + ["full_name"], item.get("full_name"), "full_name", 20),
            description=self.free_text(path + ["description"], item.get("description"), "description"),
            department=self._department_of(path, item), omvs=omvs,
            create=item.get("create", True), adopt=item.get("adopt", False),
            meta=self._meta(path, item, component))

    def _omvs(self, path, raw):
        home = self.text(path + ["home"], raw["home"], lambda v: rules.check_path(v, "home")) \
            if "home" in raw else None
        program = self.text(path + ["program"], raw["program"], lambda v: rules.check_path(v, "program")) \
            if "program" in raw else None
        return Omvs(uid=self.number(path + ["uid"], raw["uid"], "uid"), home=home, program=program)

    def _started_task(self, path, item, component):
        proc = self.ident(path + ["proc"], item["proc"], "started task name")
        user = self.ident(path + ["user"], item["user"], "user id")
        group = self.ident(path + ["group"], item["group"], "group name") if "group" in item else None
        return proc and user and StartedTask(
            proc=proc, user=user, group=group, trusted=item.get("trusted", False),
            privileged=item.get("privileged", False), trace=item.get("trace", False),
            meta=self._meta(path, item, component))

    def _profile(self, path, item, component):
        name = self.text(path + ["name"], item["name"], rules.check_profile_chars)
        if name is None:
            return None
        why = _profile_rule(item["class"], name)
        if why:
            self.problems.append(Problem(self.doc.where(path + ["name"]), why))
            return None
        owner = self._owner(path, item)
        passticket = None
        if "passticket" in item:
            if item["class"] != "PTKTDATA":
                self.problems.append(Problem(self.doc.where(path + ["passticket"]),
                                             "passticket goes only on a PTKTDATA profile"))
            passticket = self._passticket_key(path + ["passticket"], item["passticket"])
            why = rules.check_id(name, "PassTicket application name")
            if why:
                self.problems.append(Problem(self.doc.where(path + ["name"]), why))
        return Profile(
            cls=item["class"], name=name, uacc=item.get("uacc"), scope=item.get("scope", "instance"),
            define=item.get("define", True), owner=owner, passticket=passticket,
            description=self.free_text(path + ["description"], item.get("description"), "description"),
            meta=self._meta(path, item, component))

    def _passticket_key(self, path, raw):
        """Where a PassTicket key is: a secret's name, or an ICSF key label (legacy or enhanced).
        Replay protection is on unless the spec turns it off."""
        replay = raw.get("replay_protection", True)
        if "enhanced" in raw:
            enhanced = raw["enhanced"]
            label = self.text(path + ["enhanced", "key_label"], enhanced["key_label"], rules.check_key_label)
            return PassTicketKey(replay_protection=replay, key_label=label, enhanced=True,
                                 ticket_type=enhanced.get("type"), timeout=enhanced.get("timeout"))
        if "key_label" in raw:
            label = self.text(path + ["key_label"], raw["key_label"], rules.check_key_label)
            return PassTicketKey(replay_protection=replay, key_label=label)
        return PassTicketKey(secret=raw["key"], replay_protection=replay)

    def _owner(self, path, item):
        """Who owns the profile (Top Secret): its own owner, else the default for its scope.

        A system-wide profile takes defaults.system_owner, which may be empty:
        then nobody takes ownership and the site's owner is assumed.
        """
        if "owner" in item:
            return self.ident(path + ["owner"], item["owner"], "owner")
        key = "system_owner" if item.get("scope") == "system" else "owner"
        if key not in self.defaults:
            return None
        raw = self.defaults[key]
        check = lambda v: rules.check_id(v, "owner") if v else None  # noqa: E731
        return self.text(["defaults", key], raw, check, required=key == "owner") or None

    def _grant(self, path, item, profile, component):
        grantee = self.ident(path + ["id"], item["id"], "grantee")
        if grantee is None:
            return None
        purpose = self.purpose(item["purpose"]) if "purpose" in item else profile.meta.purpose
        meta = Meta(component.name, purpose, self.doc.place(path), self._take_origin())
        return Grant(cls=profile.cls, profile=profile.name, grantee=grantee,
                     grantee_kind=self._kinds.get(grantee, "unknown"), access=item["access"],
                     scope=profile.scope, conditional=not profile.define, meta=meta)

    def _facility(self, path, item, component):

        name = self.ident(path + ["name"], item["name"], "facility name")
        master = self.ident(path + ["master"], item["master"], "user id")
        users = tuple(u for u in (self.ident(path + ["users", i], raw, "user id")
                                  for i, raw in enumerate(item.get("users", []))) if u)
        return name and master and Facility(name=name, master=master, users=users,
                                            meta=self._meta(path, item, component))

    def _identity_map(self, path, item, component):

        user = self.ident(path + ["user"], item["user"], "user id")
        record = self.ident(path + ["record"], item["record"], "record id")
        label = self.free_text(path + ["label"], item["label"], "label", 32, required=True)
        dn = self.free_text(path + ["distributed_id"], item["distributed_id"], "distributed_id", 246,
                            required=True)
        registry = self.free_text(path + ["registry"], item["registry"], "registry", 255, required=True)
        if not (user and record and label and dn and registry):
            return None
        return IdentityMap(user=user, label=label, distributed_id=dn, registry=registry, record=record,
                           meta=self._meta(path, item, component))

    def _certificate_map(self, path, item, component):

        user = self.ident(path + ["user"], item["user"], "user id")
        record = self.ident(path + ["record"], item["record"], "record id")
        label = self.free_text(path + ["label"], item["label"], "label", 32, required=True)
        subject = self.free_text(path + ["subject_filter"], item["subject_filter"], "subject_filter", 246,
                                 required=True)
        issuer = self.free_text(path + ["issuer_filter"], item.get("issuer_filter"), "issuer_filter", 246,
                                required=True)
        if not (user and record and label and subject):
            return None
        return CertificateMap(user=user, label=label, subject_filter=subject, record=record,
                              issuer_filter=issuer or None, trust=item.get("trust", True),
                              meta=self._meta(path, item, component))

    def _certificate(self, path, item, component):

        owner = self.text(path + ["owner"], item["owner"], rules.check_cert_owner)
        record = self.ident(path + ["record"], item["record"], "record id")
        label = self.free_text(path + ["label"], item["label"], "label", 32, required=True)
        subject = tuple((key, self.free_text(path + ["subject", key], value, f"subject {key}", 64,
                                             required=True))
                        for key, value in (item.get("subject") or {}).items())
        imported = item.get("import") or {}
        dsname = self.text(path + ["import", "dsname"], imported["dsname"], rules.check_hlq) \
            if imported else None
        if subject and imported:
            self.problems.append(Problem(self.doc.where(path), "a certificate is generated (subject)"
                                         " or imported (import), not both"))
        if subject and not item.get("expires"):
            self.problems.append(Problem(self.doc.where(path), f"certificate {item['label']}: a generated"
                                         " certificate needs expires: YYYY-MM-DD"))
        signed_by = self.free_text(path + ["signed_by"], item.get("signed_by"), "signed_by", 32,
                                   required=True) or None
        expires = self.text(path + ["expires"], item["expires"], rules.check_date) if "expires" in item else None
        alt_names = self._alt_names(path, item, subject)
        if not (owner and record and label):
            return None
        return Certificate(owner=owner, label=label, record=record, subject=subject, alt_names=alt_names,
                           ca=item.get("ca", False), signed_by=signed_by, key_size=item.get("key_size", 2048),
                           expires=expires, import_dsname=dsname,
                           import_password=imported.get("password"), meta=self._meta(path, item, component))

    def _alt_names(self, path, item, subject):
        """(("domain", host), ("ip", address)) of a generated certificate, in that order."""
        raw = item.get("alt_names") or {}
        if raw and not subject:
            self.problems.append(Problem(self.doc.where(path + ["alt_names"]), "alt_names go on a"
                                         " certificate esmgen generates (subject:); an imported one has its own"))
            return ()
        checks = {"domain": rules.check_dns_name, "ip": rules.check_ip_address}
        found = ((key, self.text(path + ["alt_names", key], raw[key], checks[key])) for key in checks if key in raw)
        return tuple((key, value) for key, value in found if value)

    def _keyring(self, path, item, component):

        owner = self.ident(path + ["owner"], item["owner"], "key ring owner")
        name = self.text(path + ["name"], item["name"], rules.check_ring_name)
        record = self.ident(path + ["record"], item["record"], "record id")
        connections = []
        for index, raw in enumerate(item.get("connect", [])):
            cert_owner = self.text(path + ["connect", index, "owner"], raw["owner"], rules.check_cert_owner)
            label = self.free_text(path + ["connect", index, "label"], raw["label"], "label", 32,
                                   required=True)
            if cert_owner and label:
                connections.append(RingConnection(cert_owner, label, raw["usage"], raw.get("default", False)))
        if not (owner and name and record):
            return None
        return KeyRing(owner=owner, name=name, record=record, connections=tuple(connections),
                       meta=self._meta(path, item, component))

    def _tls_rule(self, path, item, component):

        ports = {key: self.text(path + [key], _port_text(item[key]), rules.check_port_range)
                 for key in ("local_port", "remote_port") if key in item}
        keyring = self.text(path + ["keyring"], item["keyring"], rules.check_keyring) \
            if "keyring" in item else None
        jobname = self.text(path + ["jobname"], item["jobname"], rules.check_jobname) \
            if "jobname" in item else None
        if item["role"] != "client" and not keyring:
            self.problems.append(Problem(self.doc.where(path), f"TLS rule {item['name']}: a server role"
                                         " needs a keyring"))
        if item.get("client_auth") and item["role"] != "server-with-client-auth":
            self.problems.append(Problem(self.doc.where(path + ["client_auth"]), "client_auth goes with"
                                         " role: server-with-client-auth"))
        if None in ports.values():
            return None
        return TlsRule(
            name=item["name"], direction=item["direction"], local_port=ports["local_port"],
            remote_port=ports.get("remote_port"), role=item["role"], jobname=jobname,
            priority=item.get("priority", 255), keyring=keyring,
            client_auth=item.get("client_auth", "required" if item["role"] == "server-with-client-auth" else None),
            cert_validation=item.get("cert_validation", "rfc5280"),
            protocols=tuple(sorted(item.get("protocols", {}).items())),
            ciphers=tuple(item.get("ciphers", ())), handshake_timeout=item.get("handshake_timeout", 10),
            revocation=tuple(sorted(item.get("revocation", {}).items())),
            app_client_cert_auth=item.get("app_client_cert_auth", False),
            meta=self._meta(path, item, component))

    def _table_overrides(self, esm):
        """Every leaf the spec sets under esm_tables (for one ESM, or all)."""
        tables = self.doc.data.get("esm_tables") or {}
        if not tables:
            return ()

        found = []

        def leaves(node, path):
            if isinstance(node, dict):
                for key, value in node.items():
                    leaves(value, path + [key])
            else:
                where = self.doc.place(path)
                value = tuple(node) if isinstance(node, list) else node
                found.append(TableOverride(path[1], ".".join(map(str, path[2:])), value,
                                           Meta("esm_tables", "site override of the ESM table", where)))

        for name, table in tables.items():
            if esm is None or name == esm:
                leaves(table, ["esm_tables", name])
        return tuple(found)

    # -- merging and references --------------------------------------------
    def _merge(self, objects, key, what):
        """One object per key; identical repeats collapse, different ones are errors.

        A reference (create: false) gives way to an adopted object, and both
        give way to one esmgen owns: two names for one group (stc_group and
        admin_group both ZWEADMIN) make it the owned group.
        """
        kept = {}
        for obj in objects:
            k = key(obj)
            if k not in kept:
                kept[k] = obj
            elif _ownership(obj) < _ownership(kept[k]):
                continue            # a weaker claim on an object defined elsewhere
            elif _ownership(obj) > _ownership(kept[k]):
                kept[k] = obj       # the stronger claim replaces the earlier one
            elif _comparable(kept[k]) != _comparable(obj):
                label = k if isinstance(k, str) else " ".join(k)
                self.problems.append(Problem(obj.meta.where, f"{what} {label} is defined differently"
                                             f" at {kept[k].meta.where}"))
        return tuple(kept.values())

    def _check_references(self, model):
        identities = model.identities
        for user in model.users:
            for group in user.all_groups:
                self._expect(identities, group, "group", user.meta.where, f"user {user.name}")
        for stc in model.started_tasks:
            self._expect(identities, stc.user, "user", stc.meta.where, f"started task {stc.proc}")
            if stc.group:
                self._expect(identities, stc.group, "group", stc.meta.where, f"started task {stc.proc}")
        for facility in model.facilities:
            for name in (facility.master,) + facility.users:
                self._expect(identities, name, "user", facility.meta.where, f"facility {facility.name}")
        for idmap in model.identity_maps:
            self._expect(identities, idmap.user, "user", idmap.meta.where, f"identity map {idmap.label}")
        for certmap in model.certificate_maps:
            self._expect(identities, certmap.user, "user", certmap.meta.where, f"certificate map {certmap.label}")
        self._check_certificates(model, identities)

    def _check_certificates(self, model, identities):
        """Owners are declared users; signers are CA certificates; rings name known certificates."""
        known = {(c.owner, c.label): c for c in model.certificates}
        for cert in model.certificates:
            if cert.owner not in ("CERTAUTH", "SITE"):
                self._expect(identities, cert.owner, "user", cert.meta.where, f"certificate {cert.label}")
            if cert.signed_by and not (("CERTAUTH", cert.signed_by) in known and known[("CERTAUTH", cert.signed_by)].ca):
                self.problems.append(Problem(cert.meta.where, f"certificate {cert.label}: signed_by"
                                             f" '{cert.signed_by}' is not a CERTAUTH certificate with ca: true"))
        for ring in model.keyrings:
            self._expect(identities, ring.owner, "user", ring.meta.where, f"key ring {ring.name}")
            for conn in ring.connections:
                if (conn.owner, conn.label) not in known:
                    self.problems.append(Problem(ring.meta.where, f"key ring {ring.name}: certificate"
                                                 f" '{conn.label}' of {conn.owner} is not declared"))
        for grant in model.grants:
            if grant.grantee_kind == "unknown":
                self.problems.append(Problem(grant.meta.where, f"grant to '{grant.grantee}' on {grant.cls}"
                                             f" {grant.profile}: no user or group of that name is declared"))

    def _expect(self, kinds, name, kind, where, owner):
        found = kinds.get(name)
        if found != kind:
            detail = "is not declared" if found is None else f"is a {found}, not a {kind}"
            self.problems.append(Problem(where, f"{owner}: {kind} '{name}' {detail}"))


def _ownership(obj):
    """0 a reference (create: false), 1 adopted, 2 owned; objects without the notion are owned."""
    if not getattr(obj, "create", True):
        return 0
    return 1 if getattr(obj, "adopt", False) else 2


def _field(path):
    """A spec path as the reader writes it: components.zis.users.0.name."""
    return ".".join(str(p) for p in path)


def _port_text(value):
    """A port as text; a YAML integer is taken as written in decimal."""
    return str(value) if isinstance(value, int) and not isinstance(value, bool) else value


def _comparable(obj):
    return tuple(getattr(obj, name) for name in obj._fields if name not in ("description", "meta"))


def _strongest_grants(grants):
    """Components state minimum needs: the same grant asked twice keeps the higher level."""
    kept = {}
    for grant in grants:
        key = (grant.cls, grant.profile, grant.grantee)
        old = kept.get(key)
        if old is None or ACCESS_LEVELS.index(grant.access) > ACCESS_LEVELS.index(old.access):
            kept[key] = grant
    return tuple(kept.values())


def _connects(users):
    seen = []
    for user in users:
        for group in user.all_groups:
            seen.append(Connect(user=user.name, group=group, default=(group == user.default_group),
                                meta=user.meta))
    return tuple(seen)


def _classes(profiles, grants):
    """Each class the profiles and grants use, noting which components use it."""
    users = {}
    first = {}
    for obj in list(profiles) + list(grants):
        users.setdefault(obj.cls, [])
        first.setdefault(obj.cls, obj.meta.where)
        if obj.meta.component not in users[obj.cls]:
            users[obj.cls].append(obj.meta.component)
    defined = {p.cls for p in profiles if p.define}
    return tuple(ClassUse(cls=cls, defines=cls in defined,
                          meta=Meta(", ".join(comps), f"The {cls} class must be active for the profiles"
                                    " below." if cls in defined else f"The profiles below are in the"
                                    f" {cls} class; the deck defines none of its own.", first[cls]))
                 for cls, comps in users.items())


def _profile_rule(cls, name):
    """Class-independent profile name rules; per-ESM limits live in the ESM backends."""
    if cls == "DATASET":
        if len(name) > 44:
            return f"data set profile {name!r} is longer than 44 characters"
        for qualifier in name.split("."):
            if qualifier in ("*", "**") or "%" in qualifier:
                continue
            if not rules.QUALIFIER_RE.fullmatch(qualifier.replace("*", "")):
                return f"data set profile {name!r}: qualifier {qualifier!r} is not valid"
    elif len(name) > 246:
        return f"profile {name!r} is longer than 246 characters"
    return None
