#!/usr/bin/env python3
"""Equivalence check: humanize 4.17.0 (number.py: ordinal, intcomma, intword, apnumber, fractional, scientific,
clamp, metric; time.py: naturaldelta, naturaltime and their helpers) vs its JavaScript and Ruby ports and the
Python rewrite, in the default (English) locale.

Values travel as JSON: integers, floats, strings, null, {"td": [days, seconds, microseconds]} for a timedelta
and {"dt": [y, m, d, h, mi, s, us]} for a naive datetime. Input domain (restricted where the original's
behaviour is Python-specific, see api.md "Notes"): integers have |n| < 2**53 and floats are never integral
(JavaScript has one number type, so 5 and 5.0 cannot be told apart); non-finite values only as strings
("nan", "inf"); strings come from a fixed set of numeric and non-numeric forms (no underscores, no Unicode
digits); time values stay within a few centuries of `when`, which is always given.
"""
import datetime as dt
import math
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
LIB = os.path.dirname(HERE)
DEVSET = os.path.dirname(os.path.dirname(LIB))
sys.path.insert(0, DEVSET)
import eqcheck  # noqa: E402

NAME = "humanize"
JUNK = ["abc", "", " ", "1e3", "nan", "inf", "-inf", "1,234", "1,234.5", "12.0", "-7", "+5", "0x10", " 12 ",
        "None", "3.14159", "1000000", "-0.5", "Infinity", "99.999"]


def gen(rng):
    def fl(lo, hi, nd=None):
        x = rng.uniform(lo, hi)
        if nd is not None:
            x = round(x, nd)
        if x == int(x):
            x += 0.5
        return x

    def integer():
        r = rng.random()
        if r < 0.3:
            return rng.randint(-20, 120)
        if r < 0.5:
            k = rng.randint(3, 15)
            return rng.choice([10 ** k, 10 ** k - 1, 10 ** k + rng.randint(1, 10 ** k), -(10 ** k), 999_950 * 10 ** (k - 6)])
        return rng.randint(-10 ** rng.randint(1, 15), 10 ** rng.randint(1, 15))

    def floating():
        r = rng.random()
        if r < 0.3:
            return fl(-10, 10, rng.randint(1, 4))
        if r < 0.6:
            return fl(-1e6, 1e6, rng.randint(0, 3))
        if r < 0.8:
            return fl(0.001, 1)
        return fl(-1e14, 1e14, 1)

    def number_value():
        r = rng.random()
        if r < 0.4:
            return integer()
        if r < 0.75:
            return floating()
        if r < 0.85:
            return rng.choice(JUNK)
        if r < 0.95:
            return str(rng.choice([integer(), floating()]))
        return None

    def seconds():
        r = rng.random()
        if r < 0.3:
            return rng.randint(-100, 100_000)
        if r < 0.5:
            return rng.randint(-10 ** 10, 10 ** 10)
        if r < 0.7:
            return fl(-5, 5, rng.randint(1, 7))
        if r < 0.85:
            return fl(-1e9, 1e9, rng.randint(0, 6))
        return rng.choice(["30", "1.5", "abc", None, "-90", "nan"])

    def timedelta():
        r = rng.random()
        days = rng.choice([0, 0, 0, rng.randint(-3, 3), rng.randint(-800, 800), rng.randint(-40000, 40000)])
        secs = rng.choice([0, rng.randint(0, 86399), rng.randint(0, 120), rng.choice([1, 59, 60, 90, 150, 1800, 3599, 3600, 5400, 86399])])
        us = rng.choice([0, 0, rng.randint(0, 999_999), rng.randint(0, 999), rng.randint(1000, 999_999)]) if r < 0.9 else 0
        return {"td": [days, secs, us]}

    def when():
        return dt.datetime(rng.randint(2000, 2030), rng.randint(1, 12), rng.randint(1, 28), rng.randint(0, 23),
                           rng.randint(0, 59), rng.randint(0, 59), rng.randint(0, 999_999))

    def enc_dt(d):
        return {"dt": [d.year, d.month, d.day, d.hour, d.minute, d.second, d.microsecond]}

    units = ["seconds"] * 4 + ["milliseconds"] * 3 + ["microseconds"] * 3 + ["minutes", "hours"]
    cases = []
    for i in range(3600):
        k = i % 12
        if k == 0:
            cases.append({"fn": "ordinal", "args": [number_value(), rng.choice(["male", "female", "other"])]})
        elif k == 1:
            cases.append({"fn": "intcomma", "args": [number_value(), rng.choice([None, None, 0, 1, 2, 3])]})
        elif k == 2:
            cases.append({"fn": "intword", "args": [number_value(), rng.choice(["%.1f", "%.1f", "%.2f", "%0.3f", "%.0f"])]})
        elif k == 3:
            cases.append({"fn": "apnumber", "args": [rng.choice([rng.randint(-2, 12), number_value()])]})
        elif k == 4:
            cases.append({"fn": "fractional", "args": [rng.choice([fl(-10, 10, rng.randint(1, 4)), fl(-100, 100), integer(), number_value(), 1 / 3, 2 / 3, 0.3, 1.3, -1.3, 2.9999999])]})
        elif k == 5:
            cases.append({"fn": "scientific", "args": [number_value(), rng.randint(0, 5)]})
        elif k == 6:
            v = rng.choice([floating(), integer(), None])
            fmt = rng.choice(["{:}", "{:.2f}", "{:.0%}", "{:.1%}", "intword"])
            lo = rng.choice([None, None, fl(-100, 100, 2), rng.randint(-100, 100)])
            hi = rng.choice([None, None, fl(-100, 100, 2), rng.randint(-100, 100)])
            cases.append({"fn": "clamp", "args": [v, fmt, lo, hi, rng.choice(["<", "under "]), rng.choice([">", "over "])]})
        elif k == 7:
            e = rng.randint(-34, 40)
            v = rng.choice([rng.uniform(1, 10) * 10.0 ** e, -rng.uniform(1, 10) * 10.0 ** e, integer(),
                            9.9995 * 10.0 ** e, 999.95, 0.0009999, 1500.5, 0.5])
            if isinstance(v, float) and v == int(v) and abs(v) < 2 ** 53:
                v = v + 0.25 if abs(v) < 1e15 else v
            if isinstance(v, float) and v == int(v):
                continue
            cases.append({"fn": "metric", "args": [v, rng.choice(["", "V", "W", "°", "m"]), rng.randint(1, 5)]})
        elif k in (8, 9):
            v = rng.choice([seconds(), timedelta()])
            cases.append({"fn": "naturaldelta", "args": [v, rng.random() < 0.7, rng.choice(units)]})
        else:
            w = when()
            r = rng.random()
            if r < 0.4:
                delta = dt.timedelta(microseconds=rng.choice([rng.randint(-10 ** 6, 10 ** 6), rng.randint(-10 ** 11, 10 ** 11), rng.randint(-10 ** 16, 10 ** 16)]))
                v = enc_dt(w + delta)
            elif r < 0.7:
                v = timedelta()
            else:
                v = seconds()
            cases.append({"fn": "naturaltime", "args": [v, rng.random() < 0.5, rng.random() < 0.7, rng.choice(units), enc_dt(w)]})
    return cases


def decode(v):
    if isinstance(v, dict) and "td" in v:
        d, s, us = v["td"]
        return dt.timedelta(days=d, seconds=s, microseconds=us)
    if isinstance(v, dict) and "dt" in v:
        return dt.datetime(*v["dt"])
    return v


def run_case(humanize, case):
    fn = case["fn"]
    args = [decode(a) for a in case["args"]]
    try:
        if fn == "clamp":
            v, fmt, lo, hi, ft, ct = args
            return {"ok": humanize.clamp(v, humanize.intword if fmt == "intword" else fmt, lo, hi, ft, ct)}
        if fn == "naturaltime":
            v, future, months, unit, when = args
            return {"ok": humanize.naturaltime(v, future=future, months=months, minimum_unit=unit, when=when)}
        return {"ok": getattr(humanize, fn)(*args)}
    except ValueError as e:
        return {"err": "ValueError", "msg": str(e)}


def original(case):
    import humanize
    return run_case(humanize, case)


def variants():
    return [
        eqcheck.Variant("port-javascript", run=["node", os.path.join(HERE, "driver.js")]),
        eqcheck.Variant("port-ruby", run=["ruby", "-I", os.path.join(LIB, "port-ruby", "lib"), os.path.join(HERE, "driver.rb")]),
        eqcheck.Variant("rewrite-python", run=[sys.executable, os.path.join(HERE, "driver_rewrite.py")]),
        eqcheck.Variant("independent-python", run=[sys.executable, os.path.join(HERE, "driver_independent.py")]),
        eqcheck.Variant("independent-javascript", run=["node", os.path.join(HERE, "driver_independent.js")]),
        eqcheck.Variant("independent-ruby", run=["ruby", "-I", os.path.join(LIB, "independent-ruby", "lib"), os.path.join(HERE, "driver_independent.rb")]),
    ]


if __name__ == "__main__":
    sys.path.insert(0, os.path.join(eqcheck.original_root(NAME), "humanize-4.17.0", "src"))
    sys.exit(eqcheck.main(NAME, gen, original, variants(), only=sys.argv[1:]))
