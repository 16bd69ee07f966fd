#!/usr/bin/env python3
"""Equivalence check: isodate 0.7.2 (duration parsing, Duration arithmetic, duration formatting)
vs its Java and Ruby ports and the Python rewrite.

Input domain (restricted where the original's behaviour is Python-specific or outside the ported scope,
see api.md "Notes"): strings starting with "P" that the duration regex rejects go to isodate's
alternative-format datetime parser, which is not ported, so they are not generated; no newlines (Python's
`$` also matches before a final newline); at most one fractional component among weeks/days/hours/
minutes/seconds (ISO 8601 allows a fraction only on the last component; with several, CPython's timedelta
sums float parts in an order-dependent way); numbers have at most 4 integer digits; date arithmetic uses
start dates in 1900..2100; unary minus and multiplication by a negative factor only on durations whose years and months are both
non-zero, multiplication by zero never
(Python's Decimal has a negative zero that the ports do not model).
"""
import datetime as dt
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
LIB = os.path.dirname(HERE)
DEVSET = os.path.dirname(os.path.dirname(LIB))
sys.path.insert(0, DEVSET)
import eqcheck  # noqa: E402

NAME = "isodate"
FORMATS_ANY = ["P%P", "P%p", "%d days %H:%M:%S.%f", "%W weeks", "%%P", "P%P%%", "T%H%M%S", "%S.%f s"]
FORMATS_DUR = ["P%Y-%m-%dT%H:%M:%S", "P%Y%m%dT%H%M%S", "P%C", "%Y years %m months", "P%Y-%m"]


def _num(rng, frac):
    n = str(rng.choice([0, 1, 2, 3, 5, 7, 10, 12, 13, 24, 25, 30, 59, 60, 61, 100, 365, 1000])
            if rng.random() < 0.5 else rng.randint(0, 9999))
    if rng.random() < 0.1:
        n = "0" + n
    if frac:
        if rng.random() < 0.1:  # long fractions: Decimal prints tiny values as 1E-7
            n = rng.choice(["0", "1", n]) + rng.choice([".", ","]) + "0" * rng.randint(3, 8) + str(rng.randint(0, 99))
        else:
            n += rng.choice([".", ","]) + "".join(rng.choice("0123456789") for _ in range(rng.randint(1, 3)))
    return n


def duration_string(rng, small_years=False):
    from isodate.isoduration import ISO8601_PERIOD_REGEX
    while True:
        s = _duration_string(rng, small_years)
        if ISO8601_PERIOD_REGEX.match(s):
            return s


def _duration_string(rng, small_years):
    keys = ["Y", "M", "W", "D", "H", "TM", "S"]
    present = [k for k in keys if rng.random() < 0.4]
    float_keys = [k for k in present if k not in ("Y", "M")]
    frac_key = rng.choice(float_keys) if float_keys and rng.random() < 0.5 else None
    s = ""
    for k in ("Y", "M", "W", "D"):
        if k in present:
            frac = (k == frac_key) or (k in ("Y", "M") and rng.random() < 0.25)
            num = _num(rng, frac)
            if small_years and k in ("Y", "M"):
                num = str(rng.randint(0, 99)) + (".0" if frac and rng.random() < 0.5 else (".5" if frac else ""))
            s += num + k
    time = ""
    for k, letter in (("H", "H"), ("TM", "M"), ("S", "S")):
        if k in present:
            time += _num(rng, k == frac_key) + letter
    if time or rng.random() < 0.1:
        s += "T" + time
    sign = rng.choice(["", "", "", "-", "+"])
    return sign + "P" + s


def bad_string(rng):
    while True:
        s = rng.choice(["", "-P", "+P", "1Y", "p1D", "-PX", "P1D", "PT1H", "1D", "-P1.5", "X"])
        s = s + "".join(rng.choice("PYMWDTHS0123456789.,-+ x") for _ in range(rng.randint(0, 6)))
        if not s.startswith("P"):
            return s


def rdate(rng):
    return [rng.randint(1900, 2100), rng.randint(1, 12), rng.choice([1, 15, 28, 29, 30, 31, rng.randint(1, 28)])]


def fix_date(d):
    y, m, day = d
    while True:
        try:
            dt.date(y, m, day)
            return [y, m, day]
        except ValueError:
            day -= 1


def gen(rng):
    import isodate
    cases = []
    ops = ["parse", "parse", "format", "format", "str", "add_date", "sub_date", "totd", "eq", "mul", "neg", "add", "sub"]
    while len(cases) < 3000:
        op = rng.choice(ops)
        if op == "parse":
            s = duration_string(rng) if rng.random() < 0.85 else bad_string(rng)
            cases.append({"op": op, "s": s, "as_td": rng.random() < 0.7})
        elif op == "format":
            s = duration_string(rng)
            as_td = rng.random() < 0.5
            is_dur = isinstance(isodate.parse_duration(s, as_td), isodate.Duration)
            fmt = rng.choice(FORMATS_ANY + (FORMATS_DUR if is_dur else []))
            cases.append({"op": op, "s": s, "as_td": as_td, "fmt": fmt})
        elif op == "str":
            cases.append({"op": op, "s": duration_string(rng), "as_td": rng.random() < 0.3})
        elif op in ("add_date", "sub_date"):
            cases.append({"op": op, "s": duration_string(rng, small_years=True), "date": fix_date(rdate(rng))})
        elif op == "totd":
            which = rng.choice(["start", "end", "both", "none"])
            cases.append({"op": op, "s": duration_string(rng, small_years=True), "which": which,
                          "date": fix_date(rdate(rng))})
        elif op in ("eq", "add", "sub"):
            a = duration_string(rng)
            b = a if rng.random() < 0.2 else duration_string(rng)
            cases.append({"op": op, "s": a, "t": b})
        elif op == "mul":
            s = duration_string(rng)
            d = isodate.parse_duration(s, False)
            nonzero = d.years != 0 and d.months != 0
            cases.append({"op": op, "s": s, "n": rng.choice([-5, -4, -3, -2, -1, 1, 2, 3, 4, 5]) if nonzero else rng.randint(1, 5)})
        elif op == "neg":
            s = duration_string(rng)
            d = isodate.parse_duration(s, False)
            if d.years != 0 and d.months != 0:
                cases.append({"op": op, "s": s})
    return cases


def render(v):
    import isodate
    if isinstance(v, isodate.Duration):
        return {"dur": [str(v.years), str(v.months), v.tdelta.days, v.tdelta.seconds, v.tdelta.microseconds]}
    if isinstance(v, dt.timedelta):
        return {"td": [v.days, v.seconds, v.microseconds]}
    if isinstance(v, dt.date):
        return {"date": [v.year, v.month, v.day]}
    return v


def original(case):
    import isodate
    return run_case(isodate, case)


def run_case(isodate, case):
    op = case["op"]
    try:
        if op == "parse":
            return {"ok": render(isodate.parse_duration(case["s"], case["as_td"]))}
        if op == "format":
            return {"ok": isodate.duration_isoformat(isodate.parse_duration(case["s"], case["as_td"]), case["fmt"])}
        if op == "str":
            return {"ok": str(isodate.parse_duration(case["s"], case["as_td"]))}
        d = isodate.parse_duration(case["s"], False)
        if op == "add_date":
            return {"ok": render(d + dt.date(*case["date"]))}
        if op == "sub_date":
            return {"ok": render(dt.date(*case["date"]) - d)}
        if op == "totd":
            day = dt.date(*case["date"])
            w = case["which"]
            kw = {"start": {"start": day}, "end": {"end": day}, "both": {"start": day, "end": day}, "none": {}}[w]
            return {"ok": render(d.totimedelta(**kw))}
        if op == "mul":
            return {"ok": render(d * case["n"])}
        if op == "neg":
            return {"ok": render(-d)}
        e = isodate.parse_duration(case["t"], False)
        if op == "eq":
            return {"ok": d == e}
        if op == "add":
            return {"ok": render(d + e)}
        if op == "sub":
            return {"ok": render(d - e)}
    except isodate.ISO8601Error as exc:
        return {"err": "ISO8601Error", "msg": str(exc)}
    except ValueError as exc:
        return {"err": "ValueError", "msg": str(exc)}
    raise AssertionError(op)


def variants():
    java_src = os.path.join(LIB, "port-java", "src", "isodate")
    ruby = os.path.join(LIB, "port-ruby", "lib")
    json_java = os.path.join(DEVSET, "harness", "java", "Json.java")
    ijava = os.path.join(LIB, "independent-java", "src", "isoduration")
    return [
        eqcheck.Variant("port-java", build=[["sh", "-c", f"rm -rf $BUILD/classes && javac -d $BUILD/classes {json_java} {HERE}/Driver.java {java_src}/*.java"]],
                        run=["java", "-cp", "$BUILD/classes", "Driver"]),
        eqcheck.Variant("port-ruby", run=["ruby", "-I", ruby, os.path.join(HERE, "driver.rb")]),
        eqcheck.Variant("rewrite-python", run=[sys.executable, os.path.join(HERE, "driver_rewrite.py")]),
        eqcheck.Variant("independent-python", run=[sys.executable, os.path.join(HERE, "driver_independent.py")]),
        eqcheck.Variant("independent-java", build=[["sh", "-c", f"rm -rf $BUILD/classes && javac -d $BUILD/classes {HERE}/JsonLines.java {HERE}/IndependentDriver.java {ijava}/*.java"]],
                        run=["java", "-cp", "$BUILD/classes", "IndependentDriver"]),
        eqcheck.Variant("independent-ruby", run=["ruby", "-I", os.path.join(LIB, "independent-ruby", "lib"), os.path.join(HERE, "driver_independent.rb")]),
    ]


if __name__ == "__main__":
    sys.path.insert(0, os.path.join(eqcheck.original_root(NAME), "isodate-0.7.2", "src"))
    sys.exit(eqcheck.main(NAME, gen, original, variants(), only=sys.argv[1:]))
