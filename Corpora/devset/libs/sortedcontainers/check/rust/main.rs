mod json;
mod sortedcontainers;

use json::Json;
use sortedcontainers::{Error, SortedList};
use std::io::{BufRead, Write};

fn opt(j: &Json) -> Option<isize> {
    if j.is_null() { None } else { Some(j.as_i64() as isize) }
}

fn ints(j: &Json) -> Vec<i64> {
    j.as_arr().iter().map(|x| x.as_i64()).collect()
}

fn list<'a, I: IntoIterator<Item = &'a i64>>(it: I) -> Json {
    Json::Arr(it.into_iter().map(|v| Json::int(*v)).collect())
}

fn vlist(v: Vec<i64>) -> Json {
    list(v.iter())
}

fn run(sl: &mut SortedList<i64>, op: &[Json]) -> Result<Json, Error> {
    let name = op[0].as_str();
    let a = |i: usize| &op[i];
    Ok(match name {
        "add" => { sl.add(a(1).as_i64()); Json::Null }
        "update" | "iadd" => { sl.update(ints(a(1))); Json::Null }
        "contains" => Json::Bool(sl.contains(&a(1).as_i64())),
        "discard" => { sl.discard(&a(1).as_i64()); Json::Null }
        "remove" => { sl.remove(&a(1).as_i64())?; Json::Null }
        "get" => Json::int(sl.get(a(1).as_i64() as isize)?),
        "slice" => vlist(sl.get_slice(opt(a(1)), opt(a(2)), opt(a(3)))?),
        "del" => { sl.del_item(a(1).as_i64() as isize)?; Json::Null }
        "delslice" => { sl.del_slice(opt(a(1)), opt(a(2)), opt(a(3)))?; Json::Null }
        "pop" => Json::int(sl.pop(opt(a(1)).unwrap_or(-1))?),
        "index" => Json::int(sl.index(&a(1).as_i64(), opt(a(2)), opt(a(3)))? as i64),
        "count" => Json::int(sl.count(&a(1).as_i64()) as i64),
        "bisect_left" => Json::int(sl.bisect_left(&a(1).as_i64()) as i64),
        "bisect_right" => Json::int(sl.bisect_right(&a(1).as_i64()) as i64),
        "islice" => vlist(sl.islice(opt(a(1)), opt(a(2)), a(3).as_bool())),
        "irange" => {
            let min = opt(a(1)).map(|v| v as i64);
            let max = opt(a(2)).map(|v| v as i64);
            vlist(sl.irange(min.as_ref(), max.as_ref(), (a(3).as_bool(), a(4).as_bool()), a(5).as_bool()))
        }
        "len" => Json::int(sl.len() as i64),
        "mul" => list(sl.mul(a(1).as_i64() as isize).iter()),
        "imul" => { sl.imul(a(1).as_i64() as isize); Json::Null }
        "plus" => list(sl.add_all(&ints(a(1))).iter()),
        "cmp" => {
            use std::cmp::Ordering::*;
            let o = ints(a(1));
            let eq = sl == o.as_slice();
            let c = sl.cmp_seq(&o);
            Json::Arr(vec![Json::Bool(eq), Json::Bool(!eq), Json::Bool(c == Less), Json::Bool(c == Greater),
                           Json::Bool(c != Greater), Json::Bool(c != Less)])
        }
        "reversed" => list(sl.reversed()),
        "copy" => list(sl.copy().iter()),
        "clear" => { sl.clear(); Json::Null }
        "repr" => Json::str(&format!("{:?}", sl)),
        other => panic!("unknown op {}", other),
    })
}

fn main() {
    let stdin = std::io::stdin();
    let mut w = std::io::BufWriter::new(std::io::stdout());
    for line in stdin.lock().lines() {
        let c = json::parse(&line.unwrap());
        let mut sl = SortedList::from_iter(ints(c.get("init")));
        sl.reset(c.get("load").as_i64() as usize);
        let mut results = Vec::new();
        for op in c.get("ops").as_arr() {
            results.push(match run(&mut sl, op.as_arr()) {
                Ok(v) => v,
                Err(Error::ValueError(_)) => Json::obj(vec![("error", Json::str("ValueError"))]),
                Err(Error::IndexError(_)) => Json::obj(vec![("error", Json::str("IndexError"))]),
                Err(Error::NotImplemented(m)) => Json::obj(vec![("error", Json::str(&m))]),
            });
        }
        let ok = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| sl.check())).is_ok();
        let layout = Json::Arr(sl.sublist_lengths().into_iter().map(|n| Json::int(n as i64)).collect());
        let res = Json::obj(vec![("results", Json::Arr(results)), ("list", list(sl.iter())), ("layout", layout),
                                 ("check", Json::Bool(ok))]);
        writeln!(w, "{}", res.dump()).unwrap();
    }
}
