// Driver for the independent Rust SortedList (JSON lines in and out).
mod json;
mod sortedcontainers;

use json::Json;
use sortedcontainers::{ListError, SortedList};
use std::io::{BufRead, Write};

fn opt(j: &Json) -> Option<i64> {
    if j.is_null() { None } else { Some(j.as_i64()) }
}

fn ints(j: &Json) -> Vec<i64> {
    j.as_arr().iter().map(Json::as_i64).collect()
}

fn list(v: Vec<i64>) -> Json {
    Json::Arr(v.into_iter().map(Json::int).collect())
}

fn step(sl: &mut SortedList<i64>, op: &[Json]) -> Result<Json, ListError> {
    let a = |i: usize| &op[i];
    Ok(match op[0].as_str() {
        "add" => { sl.add(a(1).as_i64()); Json::Null }
        "update" | "iadd" => { sl.update(ints(a(1))); Json::Null }
        "contains" => Json::Bool(sl.contains(&a(1).as_i64())),
        "discard" => { sl.discard(&a(1).as_i64()); Json::Null }
        "remove" => { sl.remove(&a(1).as_i64())?; Json::Null }
        "get" => Json::int(*sl.get(a(1).as_i64())?),
        "slice" => list(sl.slice(opt(a(1)), opt(a(2)), opt(a(3)))?),
        "del" => { sl.delete_at(a(1).as_i64())?; Json::Null }
        "delslice" => { sl.delete_slice(opt(a(1)), opt(a(2)), opt(a(3)))?; Json::Null }
        "pop" => Json::int(sl.pop(opt(a(1)))?),
        "index" => Json::int(sl.index(&a(1).as_i64(), opt(a(2)), opt(a(3)))? as i64),
        "count" => Json::int(sl.count(&a(1).as_i64()) as i64),
        "bisect_left" => Json::int(sl.bisect_left(&a(1).as_i64()) as i64),
        "bisect_right" => Json::int(sl.bisect_right(&a(1).as_i64()) as i64),
        "islice" => list(sl.islice(opt(a(1)), opt(a(2)), a(3).as_bool())),
        "irange" => {
            let (lo, hi) = (opt(a(1)), opt(a(2)));
            list(sl.irange(lo.as_ref(), hi.as_ref(), (a(3).as_bool(), a(4).as_bool()), a(5).as_bool()))
        }
        "len" => Json::int(sl.len() as i64),
        "mul" => list(sl.times(a(1).as_i64()).to_vec()),
        "imul" => { sl.repeat_in_place(a(1).as_i64()); Json::Null }
        "plus" => list(sl.plus(ints(a(1))).to_vec()),
        "cmp" => {
            let other = ints(a(1));
            let o = sl.cmp_seq(&other);
            let eq = sl.eq_seq(&other);
            Json::Arr(vec![Json::Bool(eq), Json::Bool(!eq), Json::Bool(o.is_lt()), Json::Bool(o.is_gt()),
                           Json::Bool(o.is_le()), Json::Bool(o.is_ge())])
        }
        "reversed" => list(sl.reversed()),
        "copy" => list(sl.copy().to_vec()),
        "clear" => { sl.clear(); Json::Null }
        "repr" => Json::str(&sl.to_string()),
        other => panic!("unknown op {}", other),
    })
}

fn main() {
    let stdin = std::io::stdin();
    let mut out = std::io::BufWriter::new(std::io::stdout());
    for line in stdin.lock().lines() {
        let c = json::parse(&line.unwrap());
        let mut sl = SortedList::from_values(ints(c.get("init")));
        sl.reset_load(c.get("load").as_i64() as usize);
        let mut results = Vec::new();
        for op in c.get("ops").as_arr() {
            results.push(match step(&mut sl, op.as_arr()) {
                Ok(v) => v,
                Err(ListError::Index(_)) => Json::obj(vec![("error", Json::str("IndexError"))]),
                Err(_) => Json::obj(vec![("error", Json::str("ValueError"))]),
            });
        }
        let layout = Json::Arr(sl.chunk_lengths().into_iter().map(|n| Json::int(n as i64)).collect());
        let ok = sl.check().is_ok();
        let answer = Json::obj(vec![("results", Json::Arr(results)), ("list", list(sl.to_vec())), ("layout", layout),
                                    ("check", Json::Bool(ok))]);
        writeln!(out, "{}", answer.dump()).unwrap();
    }
}
