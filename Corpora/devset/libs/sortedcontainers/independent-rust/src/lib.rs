//! A list kept in ascending order: sorted chunks of bounded size (split above 2*load, merged with a
//! neighbour at or below load/2) plus a lazily rebuilt table of chunk start offsets.
//! Written from the sortedcontainers SortedList API description.

mod slicing;

use slicing::Span;
use std::cmp::Ordering;
use std::fmt;

pub const DEFAULT_LOAD_FACTOR: usize = 1000;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ListError {
    /// Python's IndexError
    Index(&'static str),
    /// Python's ValueError
    Value(String),
    /// refused mutation (Python's NotImplementedError)
    Refused(&'static str),
}

#[derive(Debug, Clone)]
pub struct SortedList<T> {
    load: usize,
    chunks: Vec<Vec<T>>,
    tops: Vec<T>,
    starts: std::cell::RefCell<Option<Vec<usize>>>,
    size: usize,
}

impl<T: Ord + Clone + fmt::Debug> Default for SortedList<T> {
    fn default() -> Self {
        SortedList::new()
    }
}

impl<T: Ord + Clone + fmt::Debug> SortedList<T> {
    pub fn new() -> Self {
        SortedList { load: DEFAULT_LOAD_FACTOR, chunks: Vec::new(), tops: Vec::new(), starts: Default::default(), size: 0 }
    }

    pub fn from_values<I: IntoIterator<Item = T>>(values: I) -> Self {
        let mut sl = SortedList::new();
        sl.update(values);
        sl
    }

    // ---- layout -------------------------------------------------------------------------------

    pub fn reset_load(&mut self, load: usize) {
        let all = self.to_vec();
        self.load = load;
        self.rebuild(all);
    }

    fn rebuild(&mut self, ordered: Vec<T>) {
        self.size = ordered.len();
        self.chunks = ordered.chunks(self.load).map(|c| c.to_vec()).collect();
        self.tops = self.chunks.iter().map(|c| c.last().unwrap().clone()).collect();
        self.stale();
    }

    fn stale(&self) {
        *self.starts.borrow_mut() = None;
    }

    fn offset_of_chunk(&self, which: usize) -> usize {
        let mut cache = self.starts.borrow_mut();
        let starts = cache.get_or_insert_with(|| {
            let mut total = 0;
            self.chunks.iter().map(|c| { let s = total; total += c.len(); s }).collect()
        });
        starts[which]
    }

    fn locate(&self, pos: usize) -> (usize, usize) {
        let mut cache = self.starts.borrow_mut();
        let starts = cache.get_or_insert_with(|| {
            let mut total = 0;
            self.chunks.iter().map(|c| { let s = total; total += c.len(); s }).collect()
        });
        let which = starts.partition_point(|&s| s <= pos) - 1;
        (which, pos - starts[which])
    }

    fn split_if_big(&mut self, which: usize) {
        if self.chunks[which].len() > 2 * self.load {
            let tail = self.chunks[which].split_off(self.load);
            self.tops[which] = self.chunks[which].last().unwrap().clone();
            self.tops.insert(which + 1, tail.last().unwrap().clone());
            self.chunks.insert(which + 1, tail);
        }
        self.stale();
    }

    fn take_out(&mut self, which: usize, offset: usize) -> T {
        let value = self.chunks[which].remove(offset);
        self.size -= 1;
        self.stale();
        if self.chunks[which].len() > self.load / 2 || self.chunks.len() == 1 {
            if self.chunks[which].is_empty() {
                self.chunks.remove(which);
                self.tops.remove(which);
            } else {
                self.tops[which] = self.chunks[which].last().unwrap().clone();
            }
            return value;
        }
        let low = if which > 0 { which - 1 } else { which };
        let next = self.chunks.remove(low + 1);
        self.tops.remove(low + 1);
        self.chunks[low].extend(next);
        self.tops[low] = self.chunks[low].last().unwrap().clone();
        self.split_if_big(low);
        value
    }

    pub fn chunk_lengths(&self) -> Vec<usize> {
        self.chunks.iter().map(Vec::len).collect()
    }

    /// Checks the internal invariants; on failure prints the state and returns the problem.
    pub fn check(&self) -> Result<(), String> {
        let mut problem = None;
        if self.chunks.len() != self.tops.len() {
            problem = Some("chunk and maximum counts differ".to_string());
        }
        let flat = self.to_vec();
        if flat.len() != self.size {
            problem = Some("stale size".to_string());
        }
        if flat.windows(2).any(|w| w[0] > w[1]) {
            problem = Some("values out of order".to_string());
        }
        for (i, c) in self.chunks.iter().enumerate() {
            if c.is_empty() || c.len() > 2 * self.load || Some(c.last().unwrap()) != self.tops.get(i) {
                problem = Some(format!("bad chunk {}", i));
            }
        }
        match problem {
            None => Ok(()),
            Some(p) => {
                eprintln!("load={} size={} chunks={:?}", self.load, self.size, self.chunks);
                Err(p)
            }
        }
    }

    // ---- mutation -----------------------------------------------------------------------------

    pub fn add(&mut self, value: T) {
        if self.chunks.is_empty() {
            self.tops.push(value.clone());
            self.chunks.push(vec![value]);
            self.size = 1;
            self.stale();
            return;
        }
        let mut which = self.tops.partition_point(|t| *t <= value);
        if which == self.tops.len() {
            which -= 1;
            self.tops[which] = value.clone();
            self.chunks[which].push(value);
        } else {
            let chunk = &mut self.chunks[which];
            let at = chunk.partition_point(|x| *x <= value);
            chunk.insert(at, value);
        }
        self.size += 1;
        self.split_if_big(which);
    }

    pub fn update<I: IntoIterator<Item = T>>(&mut self, values: I) {
        let mut incoming: Vec<T> = values.into_iter().collect();
        if incoming.is_empty() {
            return;
        }
        incoming.sort();
        if self.chunks.is_empty() || incoming.len() * 4 >= self.size {
            let mut all = self.to_vec();
            all.extend(incoming);
            all.sort();
            self.rebuild(all);
        } else {
            for v in incoming {
                self.add(v);
            }
        }
    }

    pub fn clear(&mut self) {
        self.chunks.clear();
        self.tops.clear();
        self.size = 0;
        self.stale();
    }

    fn find(&self, value: &T) -> Option<(usize, usize)> {
        let which = self.tops.partition_point(|t| t < value);
        let chunk = self.chunks.get(which)?;
        let at = chunk.partition_point(|x| x < value);
        (chunk[at] == *value).then_some((which, at))
    }

    pub fn discard(&mut self, value: &T) -> bool {
        match self.find(value) {
            Some((w, o)) => {
                self.take_out(w, o);
                true
            }
            None => false,
        }
    }

    pub fn remove(&mut self, value: &T) -> Result<(), ListError> {
        if self.discard(value) { Ok(()) } else { Err(ListError::Value(format!("{:?} not in list", value))) }
    }

    fn checked(&self, index: i64) -> Result<usize, ListError> {
        let i = if index < 0 { index + self.size as i64 } else { index };
        if i < 0 || i >= self.size as i64 {
            return Err(ListError::Index("list index out of range"));
        }
        Ok(i as usize)
    }

    pub fn pop(&mut self, index: Option<i64>) -> Result<T, ListError> {
        if self.size == 0 {
            return Err(ListError::Index("pop index out of range"));
        }
        let (w, o) = self.locate(self.checked(index.unwrap_or(-1))?);
        Ok(self.take_out(w, o))
    }

    pub fn delete_at(&mut self, index: i64) -> Result<(), ListError> {
        let (w, o) = self.locate(self.checked(index)?);
        self.take_out(w, o);
        Ok(())
    }

    pub fn delete_slice(&mut self, start: Option<i64>, stop: Option<i64>, step: Option<i64>) -> Result<(), ListError> {
        let span = Span::resolve(start, stop, step, self.size)
            .ok_or_else(|| ListError::Value("slice step cannot be zero".to_string()))?;
        if span.len == 0 {
            return Ok(());
        }
        if span.len == self.size {
            self.clear();
        } else if span.step == 1 && span.len * 8 >= self.size {
            let mut all = self.to_vec();
            let from = span.position(0);
            all.drain(from..from + span.len);
            self.rebuild(all);
        } else {
            let mut doomed: Vec<usize> = span.positions().collect();
            doomed.sort_unstable_by(|a, b| b.cmp(a));
            for pos in doomed {
                let (w, o) = self.locate(pos);
                self.take_out(w, o);
            }
        }
        Ok(())
    }

    pub fn repeat_in_place(&mut self, times: i64) {
        let once = self.to_vec();
        let mut all = Vec::new();
        for _ in 0..times.max(0) {
            all.extend(once.iter().cloned());
        }
        all.sort();
        self.rebuild(all);
    }

    pub fn set(&mut self, _index: i64, _value: T) -> Result<(), ListError> {
        Err(ListError::Refused("use ``del sl[index]`` and ``sl.add(value)`` instead"))
    }

    pub fn append(&mut self, _value: T) -> Result<(), ListError> {
        Err(ListError::Refused("use ``sl.add(value)`` instead"))
    }

    pub fn insert(&mut self, _index: i64, _value: T) -> Result<(), ListError> {
        Err(ListError::Refused("use ``sl.add(value)`` instead"))
    }

    pub fn extend(&mut self, _values: Vec<T>) -> Result<(), ListError> {
        Err(ListError::Refused("use ``sl.update(values)`` instead"))
    }

    pub fn reverse(&mut self) -> Result<(), ListError> {
        Err(ListError::Refused("use ``reversed(sl)`` instead"))
    }

    // ---- queries ------------------------------------------------------------------------------

    pub fn len(&self) -> usize {
        self.size
    }

    pub fn is_empty(&self) -> bool {
        self.size == 0
    }

    pub fn contains(&self, value: &T) -> bool {
        self.find(value).is_some()
    }

    pub fn get(&self, index: i64) -> Result<&T, ListError> {
        let (w, o) = self.locate(self.checked(index)?);
        Ok(&self.chunks[w][o])
    }

    pub fn slice(&self, start: Option<i64>, stop: Option<i64>, step: Option<i64>) -> Result<Vec<T>, ListError> {
        let span = Span::resolve(start, stop, step, self.size)
            .ok_or_else(|| ListError::Value("slice step cannot be zero".to_string()))?;
        Ok(span.positions().map(|p| { let (w, o) = self.locate(p); self.chunks[w][o].clone() }).collect())
    }

    pub fn bisect_left(&self, value: &T) -> usize {
        let which = self.tops.partition_point(|t| t < value);
        if which == self.tops.len() {
            return self.size;
        }
        self.offset_of_chunk(which) + self.chunks[which].partition_point(|x| x < value)
    }

    pub fn bisect_right(&self, value: &T) -> usize {
        let which = self.tops.partition_point(|t| t <= value);
        if which == self.tops.len() {
            return self.size;
        }
        self.offset_of_chunk(which) + self.chunks[which].partition_point(|x| x <= value)
    }

    pub fn count(&self, value: &T) -> usize {
        self.bisect_right(value) - self.bisect_left(value)
    }

    pub fn index(&self, value: &T, start: Option<i64>, stop: Option<i64>) -> Result<usize, ListError> {
        let span = Span::resolve(start, stop, None, self.size).unwrap();
        let (lo, hi) = (span.start as usize, span.start as usize + span.len);
        let at = self.bisect_left(value).max(lo);
        if at < hi && self.get(at as i64)? == value {
            return Ok(at);
        }
        Err(ListError::Value(format!("{:?} is not in list", value)))
    }

    pub fn islice(&self, start: Option<i64>, stop: Option<i64>, reverse: bool) -> Vec<T> {
        let mut out = self.slice(start, stop, None).unwrap();
        if reverse {
            out.reverse();
        }
        out
    }

    pub fn irange(&self, minimum: Option<&T>, maximum: Option<&T>, inclusive: (bool, bool), reverse: bool) -> Vec<T> {
        let lo = match minimum {
            None => 0,
            Some(m) => if inclusive.0 { self.bisect_left(m) } else { self.bisect_right(m) },
        };
        let hi = match maximum {
            None => self.size,
            Some(m) => if inclusive.1 { self.bisect_right(m) } else { self.bisect_left(m) },
        };
        self.islice(Some(lo as i64), Some(hi.max(lo) as i64), reverse)
    }

    pub fn iter(&self) -> impl DoubleEndedIterator<Item = &T> + '_ {
        self.chunks.iter().flatten()
    }

    pub fn to_vec(&self) -> Vec<T> {
        self.iter().cloned().collect()
    }

    pub fn reversed(&self) -> Vec<T> {
        self.iter().rev().cloned().collect()
    }

    pub fn copy(&self) -> SortedList<T> {
        let mut twin = SortedList::new();
        twin.load = self.load;
        twin.rebuild(self.to_vec());
        twin
    }

    pub fn plus<I: IntoIterator<Item = T>>(&self, other: I) -> SortedList<T> {
        let mut out = self.copy();
        out.update(other);
        out
    }

    pub fn times(&self, n: i64) -> SortedList<T> {
        let mut out = self.copy();
        out.repeat_in_place(n);
        out
    }

    /// Lexicographic order against any slice (as between Python lists).
    pub fn cmp_seq(&self, other: &[T]) -> Ordering {
        self.iter().cmp(other.iter())
    }

    pub fn eq_seq(&self, other: &[T]) -> bool {
        other.len() == self.size && self.cmp_seq(other) == Ordering::Equal
    }
}

impl<T: fmt::Display> fmt::Display for SortedList<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("SortedList([")?;
        for (i, v) in self.chunks.iter().flatten().enumerate() {
            if i > 0 {
                f.write_str(", ")?;
            }
            write!(f, "{}", v)?;
        }
        f.write_str("])")
    }
}
