//! Sorted List
//! ===========
//!
//! `SortedList` is a sorted mutable sequence.
//!
//! Sorted list values are maintained in sorted order. Sorted list values must be comparable. The total
//! ordering of values must not change while they are stored in the sorted list.
//!
//! Implementation: a list of sublists (`lists`), the maximum of each sublist (`maxes`) and a positional
//! index tree (`index`) built lazily over the sublist lengths. Sublists are split when they grow beyond
//! twice the load factor and merged when they shrink below half of it.

use std::fmt;

pub const DEFAULT_LOAD_FACTOR: usize = 1000;

/// Errors of sorted list operations, named after the Python exceptions they correspond to.
#[derive(Debug, Clone, PartialEq)]
pub enum Error {
    /// A value is not in the list.
    ValueError(String),
    /// An index is out of range.
    IndexError(String),
    /// The operation is not supported by a sorted list.
    NotImplemented(String),
}

fn bisect_left<T: Ord>(a: &[T], x: &T) -> usize {
    a.partition_point(|v| v < x)
}

fn bisect_right<T: Ord>(a: &[T], x: &T) -> usize {
    a.partition_point(|v| v <= x)
}

fn insort<T: Ord>(a: &mut Vec<T>, x: T) {
    let i = bisect_right(a, &x);
    a.insert(i, x);
}

/// Python's `slice.indices(length)`: clamp `(start, stop, step)`, where `None` means "omitted".
fn slice_indices(
    start: Option<isize>,
    stop: Option<isize>,
    step: Option<isize>,
    length: isize,
) -> Result<(isize, isize, isize), Error> {
    let step = step.unwrap_or(1);
    if step == 0 {
        return Err(Error::ValueError("slice step cannot be zero".to_string()));
    }
    let (lower, upper) = if step < 0 { (-1, length - 1) } else { (0, length) };
    let clamp = |v: Option<isize>, default: isize| match v {
        None => default,
        Some(mut v) => {
            if v < 0 {
                v += length;
                if v < lower {
                    v = lower;
                }
            } else if v > upper {
                v = upper;
            }
            v
        }
    };
    let start = clamp(start, if step < 0 { upper } else { lower });
    let stop = clamp(stop, if step < 0 { lower } else { upper });
    Ok((start, stop, step))
}

fn range(start: isize, stop: isize, step: isize) -> Vec<isize> {
    let mut r = Vec::new();
    let mut i = start;
    while (step > 0 && i < stop) || (step < 0 && i > stop) {
        r.push(i);
        i += step;
    }
    r
}

/// Sorted list is a sorted mutable sequence.
#[derive(Clone)]
pub struct SortedList<T> {
    len: usize,
    load: usize,
    lists: Vec<Vec<T>>,
    maxes: Vec<T>,
    index: Vec<usize>,
    offset: usize,
}

impl<T: Ord + Clone + fmt::Debug> Default for SortedList<T> {
    fn default() -> Self {
        SortedList::new()
    }
}

impl<T: Ord + Clone + fmt::Debug> SortedList<T> {
    /// Initialize an empty sorted list.
    pub fn new() -> Self {
        SortedList {
            len: 0,
            load: DEFAULT_LOAD_FACTOR,
            lists: Vec::new(),
            maxes: Vec::new(),
            index: Vec::new(),
            offset: 0,
        }
    }

    /// Initialize a sorted list from an initial iterable of values.
    pub fn from_iter<I: IntoIterator<Item = T>>(iterable: I) -> Self {
        let mut sl = SortedList::new();
        sl.update(iterable);
        sl
    }

    /// Reset sorted list load factor.
    ///
    /// The `load` specifies the load-factor of the list. The default load factor of 1000 works well for
    /// lists from tens to tens-of-millions of values. Good practice is to use a value that is the cube
    /// root of the list size. With billions of elements, the best load factor depends on your usage.
    /// It's best to leave the load factor at the default until you start benchmarking.
    pub fn reset(&mut self, load: usize) {
        let values: Vec<T> = self.lists.concat();
        self.clear();
        self.load = load;
        self.update(values);
    }

    /// Remove all values from sorted list.
    pub fn clear(&mut self) {
        self.len = 0;
        self.lists.clear();
        self.maxes.clear();
        self.index.clear();
        self.offset = 0;
    }

    /// Add `value` to sorted list.
    pub fn add(&mut self, value: T) {
        if !self.maxes.is_empty() {
            let mut pos = bisect_right(&self.maxes, &value);

            if pos == self.maxes.len() {
                pos -= 1;
                self.lists[pos].push(value.clone());
                self.maxes[pos] = value;
            } else {
                insort(&mut self.lists[pos], value);
            }

            self.expand(pos);
        } else {
            self.lists.push(vec![value.clone()]);
            self.maxes.push(value);
        }

        self.len += 1;
    }

    /// Split sublists with length greater than double the load-factor.
    ///
    /// Updates the index when the sublist length is less than double the load level. This requires
    /// incrementing the nodes in a traversal from the leaf node to the root. For an example traversal
    /// see `loc`.
    fn expand(&mut self, pos: usize) {
        let load = self.load;

        if self.lists[pos].len() > (load << 1) {
            let half = self.lists[pos].split_off(load);
            self.maxes[pos] = self.lists[pos].last().unwrap().clone();

            let half_max = half.last().unwrap().clone();
            self.lists.insert(pos + 1, half);
            self.maxes.insert(pos + 1, half_max);

            self.index.clear();
        } else if !self.index.is_empty() {
            let mut child = self.offset + pos;
            while child != 0 {
                self.index[child] += 1;
                child = (child - 1) >> 1;
            }
            self.index[0] += 1;
        }
    }

    /// Update sorted list by adding all values from `iterable`.
    pub fn update<I: IntoIterator<Item = T>>(&mut self, iterable: I) {
        let mut values: Vec<T> = iterable.into_iter().collect();
        values.sort();

        if !self.maxes.is_empty() {
            if values.len() * 4 >= self.len {
                self.lists.push(values);
                values = self.lists.concat();
                values.sort();
                self.clear();
            } else {
                for val in values {
                    self.add(val);
                }
                return;
            }
        }

        let load = self.load;
        for chunk in values.chunks(load) {
            self.lists.push(chunk.to_vec());
        }
        for sublist in &self.lists {
            self.maxes.push(sublist.last().unwrap().clone());
        }
        self.len = values.len();
        self.index.clear();
    }

    /// Return true if `value` is an element of the sorted list.
    pub fn contains(&self, value: &T) -> bool {
        if self.maxes.is_empty() {
            return false;
        }

        let pos = bisect_left(&self.maxes, value);

        if pos == self.maxes.len() {
            return false;
        }

        let idx = bisect_left(&self.lists[pos], value);

        self.lists[pos][idx] == *value
    }

    /// Remove `value` from sorted list if it is a member.
    ///
    /// If `value` is not a member, do nothing.
    pub fn discard(&mut self, value: &T) {
        if self.maxes.is_empty() {
            return;
        }

        let pos = bisect_left(&self.maxes, value);

        if pos == self.maxes.len() {
            return;
        }

        let idx = bisect_left(&self.lists[pos], value);

        if self.lists[pos][idx] == *value {
            self.delete(pos, idx);
        }
    }

    /// Remove `value` from sorted list; `value` must be a member.
    ///
    /// If `value` is not a member, return `Error::ValueError`.
    pub fn remove(&mut self, value: &T) -> Result<(), Error> {
        let not_in_list = || Error::ValueError(format!("{:?} not in list", value));
        if self.maxes.is_empty() {
            return Err(not_in_list());
        }

        let pos = bisect_left(&self.maxes, value);

        if pos == self.maxes.len() {
            return Err(not_in_list());
        }

        let idx = bisect_left(&self.lists[pos], value);

        if self.lists[pos][idx] == *value {
            self.delete(pos, idx);
            Ok(())
        } else {
            Err(not_in_list())
        }
    }

    /// Delete value at the given `(pos, idx)`.
    ///
    /// Combines lists that are less than half the load level.
    ///
    /// Updates the index when the sublist length is more than half the load level. This requires
    /// decrementing the nodes in a traversal from the leaf node to the root. For an example traversal
    /// see `loc`.
    fn delete(&mut self, mut pos: usize, idx: usize) {
        self.lists[pos].remove(idx);
        self.len -= 1;

        let len_lists_pos = self.lists[pos].len();

        if len_lists_pos > (self.load >> 1) {
            self.maxes[pos] = self.lists[pos].last().unwrap().clone();

            if !self.index.is_empty() {
                let mut child = self.offset + pos;
                while child > 0 {
                    self.index[child] -= 1;
                    child = (child - 1) >> 1;
                }
                self.index[0] -= 1;
            }
        } else if self.lists.len() > 1 {
            if pos == 0 {
                pos += 1;
            }

            let prev = pos - 1;
            let moved = self.lists.remove(pos);
            self.lists[prev].extend(moved);
            self.maxes[prev] = self.lists[prev].last().unwrap().clone();

            self.maxes.remove(pos);
            self.index.clear();

            self.expand(prev);
        } else if len_lists_pos > 0 {
            self.maxes[pos] = self.lists[pos].last().unwrap().clone();
        } else {
            self.lists.remove(pos);
            self.maxes.remove(pos);
            self.index.clear();
        }
    }

    /// Convert an index pair (lists index, sublist index) into a single index number that corresponds
    /// to the position of the value in the sorted list.
    ///
    /// Many queries require the index be built. Details of the index are described in `build_index`.
    ///
    /// Indexing requires traversing the tree from a leaf node to the root. The parent of each node is
    /// easily computable at (pos - 1) / 2.
    ///
    /// Left-child nodes are always at odd indices and right-child nodes are always at even indices.
    ///
    /// When traversing up from a right-child node, increment the total by the left-child node.
    ///
    /// The final index is the sum from traversal and the index in the sublist.
    fn loc(&mut self, pos: usize, idx: usize) -> usize {
        if pos == 0 {
            return idx;
        }

        if self.index.is_empty() {
            self.build_index();
        }

        let mut total = 0;

        // Increment pos to point in the index to len(self._lists[pos]).

        let mut pos = pos + self.offset;

        // Iterate until reaching the root of the index tree at pos = 0.

        while pos != 0 {
            // Right-child nodes are at odd indices. At such indices
            // account the total below the left child node.

            if pos & 1 == 0 {
                total += self.index[pos - 1];
            }

            // Advance pos to the parent node.

            pos = (pos - 1) >> 1;
        }

        total + idx
    }

    /// Convert an index into an index pair (lists index, sublist index) that can be used to access the
    /// corresponding lists position.
    ///
    /// Many queries require the index be built. Details of the index are described in `build_index`.
    ///
    /// Indexing requires traversing the tree to a leaf node. Each node has two children which are
    /// easily computable. Given an index, pos, the left-child is at pos * 2 + 1 and the right-child is
    /// at pos * 2 + 2.
    ///
    /// When the index is less than the left-child, traversal moves to the left sub-tree. Otherwise, the
    /// index is decremented by the left-child and traversal moves to the right sub-tree.
    ///
    /// At a child node, the indexing pair is computed from the relative position of the child node as
    /// compared with the offset and the remaining index.
    fn pos(&mut self, idx: isize) -> Result<(usize, usize), Error> {
        let mut idx = idx;
        if idx < 0 {
            let last_len = match self.lists.last() {
                Some(last) => last.len() as isize,
                None => return Err(Error::IndexError("list index out of range".to_string())),
            };

            if -idx <= last_len {
                return Ok((self.lists.len() - 1, (last_len + idx) as usize));
            }

            idx += self.len as isize;

            if idx < 0 {
                return Err(Error::IndexError("list index out of range".to_string()));
            }
        } else if idx >= self.len as isize {
            return Err(Error::IndexError("list index out of range".to_string()));
        }

        let mut idx = idx as usize;

        if idx < self.lists[0].len() {
            return Ok((0, idx));
        }

        if self.index.is_empty() {
            self.build_index();
        }

        let mut pos = 0;
        let mut child = 1;
        let len_index = self.index.len();

        while child < len_index {
            let index_child = self.index[child];

            if idx < index_child {
                pos = child;
            } else {
                idx -= index_child;
                pos = child + 1;
            }

            child = (pos << 1) + 1;
        }

        Ok((pos - self.offset, idx))
    }

    /// Build a positional index for indexing the sorted list.
    ///
    /// Indexes are represented as binary trees in a dense array notation similar to a binary heap.
    ///
    /// For example, given a lists representation storing integers:
    ///
    /// ```text
    ///     0: [1, 2, 3]
    ///     1: [4, 5]
    ///     2: [6, 7, 8, 9]
    ///     3: [10, 11, 12, 13, 14]
    /// ```
    ///
    /// The first transformation maps the sub-lists by their length. The first row of the index is the
    /// length of the sub-lists: `0: [3, 2, 4, 5]`. Each row after that is the sum of consecutive pairs
    /// of the previous row: `1: [5, 9]`, `2: [14]`. Finally, the index is built by concatenating these
    /// lists together: `index = [14, 5, 9, 3, 2, 4, 5]`. An offset storing the start of the first row
    /// is also stored: `offset = 3`.
    ///
    /// When built, the index can be used for efficient indexing into the list. See the comment and
    /// notes on `pos` for details in the search algorithm.
    fn build_index(&mut self) {
        let row0: Vec<usize> = self.lists.iter().map(Vec::len).collect();

        if row0.len() == 1 {
            self.index = row0;
            self.offset = 0;
            return;
        }

        let mut row1: Vec<usize> = row0.chunks_exact(2).map(|p| p[0] + p[1]).collect();

        if row0.len() & 1 == 1 {
            row1.push(*row0.last().unwrap());
        }

        if row1.len() == 1 {
            self.index = row1;
            self.index.extend_from_slice(&row0);
            self.offset = 1;
            return;
        }

        let size = 1usize << (((row1.len() - 1) as f64).ln() / 2f64.ln()) as u32 + 1;
        row1.resize(size, 0);
        let mut tree = vec![row0, row1];

        while tree.last().unwrap().len() > 1 {
            let row: Vec<usize> = tree.last().unwrap().chunks_exact(2).map(|p| p[0] + p[1]).collect();
            tree.push(row);
        }

        self.index = tree.into_iter().rev().flatten().collect();
        self.offset = size * 2 - 1;
    }

    /// Remove value at `index` from sorted list.
    ///
    /// Returns `Error::IndexError` if the sorted list is empty or index is out of range.
    pub fn del_item(&mut self, index: isize) -> Result<(), Error> {
        let (pos, idx) = self.pos(index)?;
        self.delete(pos, idx);
        Ok(())
    }

    /// Remove the values of the slice `[start:stop:step]` from sorted list.
    pub fn del_slice(&mut self, start: Option<isize>, stop: Option<isize>, step: Option<isize>) -> Result<(), Error> {
        let (start, stop, step) = slice_indices(start, stop, step, self.len as isize)?;

        if step == 1 && start < stop {
            if start == 0 && stop == self.len as isize {
                self.clear();
                return Ok(());
            } else if self.len as isize <= 8 * (stop - start) {
                let mut values = self.get_slice(None, Some(start), None)?;
                if stop < self.len as isize {
                    values.extend(self.get_slice(Some(stop), None, None)?);
                }
                self.clear();
                self.update(values);
                return Ok(());
            }
        }

        let mut indices = range(start, stop, step);

        // Delete items from greatest index to least so
        // that the indices remain valid throughout iteration.

        if step > 0 {
            indices.reverse();
        }

        for index in indices {
            let (pos, idx) = self.pos(index)?;
            self.delete(pos, idx);
        }
        Ok(())
    }

    /// Lookup value at `index` in sorted list.
    ///
    /// Returns `Error::IndexError` if the sorted list is empty or index is out of range.
    pub fn get(&mut self, index: isize) -> Result<T, Error> {
        if self.len > 0 {
            if index == 0 {
                return Ok(self.lists[0][0].clone());
            } else if index == -1 {
                return Ok(self.lists.last().unwrap().last().unwrap().clone());
            }
        } else {
            return Err(Error::IndexError("list index out of range".to_string()));
        }

        if 0 <= index && index < self.lists[0].len() as isize {
            return Ok(self.lists[0][index as usize].clone());
        }

        let len_last = self.lists.last().unwrap().len() as isize;

        if -len_last < index && index < 0 {
            return Ok(self.lists.last().unwrap()[(len_last + index) as usize].clone());
        }

        let (pos, idx) = self.pos(index)?;
        Ok(self.lists[pos][idx].clone())
    }

    /// Lookup the values of the slice `[start:stop:step]` in sorted list.
    pub fn get_slice(&mut self, start: Option<isize>, stop: Option<isize>, step: Option<isize>) -> Result<Vec<T>, Error> {
        let (start, stop, step) = slice_indices(start, stop, step, self.len as isize)?;

        if step == 1 && start < stop {
            // Whole slice optimization: start to stop slices the whole
            // sorted list.

            if start == 0 && stop == self.len as isize {
                return Ok(self.lists.concat());
            }

            let (start_pos, start_idx) = self.pos(start)?;
            let start_list = &self.lists[start_pos];
            let mut stop_idx = start_idx + (stop - start) as usize;

            // Small slice optimization: start index and stop index are
            // within the start list.

            if start_list.len() >= stop_idx {
                return Ok(start_list[start_idx..stop_idx].to_vec());
            }

            let stop_pos;
            if stop == self.len as isize {
                stop_pos = self.lists.len() - 1;
                stop_idx = self.lists[stop_pos].len();
            } else {
                let pair = self.pos(stop)?;
                stop_pos = pair.0;
                stop_idx = pair.1;
            }

            let mut result = self.lists[start_pos][start_idx..].to_vec();
            for middle in &self.lists[start_pos + 1..stop_pos] {
                result.extend_from_slice(middle);
            }
            result.extend_from_slice(&self.lists[stop_pos][..stop_idx]);

            return Ok(result);
        }

        if step == -1 && start > stop {
            let mut result = self.get_slice(Some(stop + 1), Some(start + 1), None)?;
            result.reverse();
            return Ok(result);
        }

        // Return a list because a negative step could
        // reverse the order of the items and this could
        // be the desired behavior.

        range(start, stop, step).into_iter().map(|index| self.get(index)).collect()
    }

    /// Raise `Error::NotImplemented`: use `del_item` and `add` instead.
    pub fn set_item(&mut self, _index: isize, _value: T) -> Result<(), Error> {
        Err(Error::NotImplemented("use ``del sl[index]`` and ``sl.add(value)`` instead".to_string()))
    }

    /// Return an iterator over the sorted list, in sorted order.
    pub fn iter(&self) -> impl DoubleEndedIterator<Item = &T> + '_ {
        self.lists.iter().flatten()
    }

    /// Return a reverse iterator over the sorted list.
    pub fn reversed(&self) -> impl Iterator<Item = &T> + '_ {
        self.lists.iter().rev().flat_map(|sublist| sublist.iter().rev())
    }

    /// Raise `Error::NotImplemented`: use `reversed` instead.
    pub fn reverse(&mut self) -> Result<(), Error> {
        Err(Error::NotImplemented("use ``reversed(sl)`` instead".to_string()))
    }

    /// Return an iterator that slices sorted list from `start` to `stop`.
    ///
    /// The `start` and `stop` index are treated inclusive and exclusive, respectively. Both default to
    /// `None` which is automatically inclusive of the beginning and end of the sorted list. When
    /// `reverse` is true the values are yielded from the iterator in reverse order.
    pub fn islice(&mut self, start: Option<isize>, stop: Option<isize>, reverse: bool) -> Vec<T> {
        let len = self.len as isize;

        if len == 0 {
            return Vec::new();
        }

        let (start, stop, _) = slice_indices(start, stop, None, len).unwrap();

        if start >= stop {
            return Vec::new();
        }

        let (min_pos, min_idx) = self.pos(start).unwrap();

        let (max_pos, max_idx) = if stop == len {
            (self.lists.len() - 1, self.lists.last().unwrap().len())
        } else {
            self.pos(stop).unwrap()
        };

        self.islice_pairs(min_pos, min_idx, max_pos, max_idx, reverse)
    }

    /// Return the values between two index pairs.
    ///
    /// The index pairs are (min_pos, min_idx) and (max_pos, max_idx), the first inclusive and the
    /// latter exclusive. See `pos` for details on how an index is converted to an index pair.
    fn islice_pairs(&self, min_pos: usize, min_idx: usize, max_pos: usize, max_idx: usize, reverse: bool) -> Vec<T> {
        let lists = &self.lists;

        if min_pos > max_pos {
            return Vec::new();
        }

        let mut out: Vec<T> = if min_pos == max_pos {
            (min_idx..max_idx).map(|i| lists[min_pos][i].clone()).collect()
        } else {
            let mut out = lists[min_pos][min_idx..].to_vec();
            for sublist in &lists[min_pos + 1..max_pos] {
                out.extend_from_slice(sublist);
            }
            out.extend_from_slice(&lists[max_pos][..max_idx]);
            out
        };

        if reverse {
            out.reverse();
        }
        out
    }

    /// Create an iterator of values between `minimum` and `maximum`.
    ///
    /// Both `minimum` and `maximum` default to `None` which is automatically inclusive of the beginning
    /// and end of the sorted list.
    ///
    /// The argument `inclusive` is a pair of booleans that indicates whether the minimum and maximum
    /// ought to be included in the range, respectively. The default is (true, true) such that the range
    /// is inclusive of both minimum and maximum.
    ///
    /// When `reverse` is true the values are yielded from the iterator in reverse order.
    pub fn irange(&self, minimum: Option<&T>, maximum: Option<&T>, inclusive: (bool, bool), reverse: bool) -> Vec<T> {
        let maxes = &self.maxes;

        if maxes.is_empty() {
            return Vec::new();
        }

        let lists = &self.lists;

        // Calculate the minimum (pos, idx) pair. By default this location
        // will be inclusive in our calculation.

        let (min_pos, min_idx) = match minimum {
            None => (0, 0),
            Some(minimum) => {
                if inclusive.0 {
                    let min_pos = bisect_left(maxes, minimum);

                    if min_pos == maxes.len() {
                        return Vec::new();
                    }

                    (min_pos, bisect_left(&lists[min_pos], minimum))
                } else {
                    let min_pos = bisect_right(maxes, minimum);

                    if min_pos == maxes.len() {
                        return Vec::new();
                    }

                    (min_pos, bisect_right(&lists[min_pos], minimum))
                }
            }
        };

        // Calculate the maximum (pos, idx) pair. By default this location
        // will be exclusive in our calculation.

        let (max_pos, max_idx) = match maximum {
            None => (maxes.len() - 1, lists[maxes.len() - 1].len()),
            Some(maximum) => {
                if inclusive.1 {
                    let max_pos = bisect_right(maxes, maximum);

                    if max_pos == maxes.len() {
                        (max_pos - 1, lists[max_pos - 1].len())
                    } else {
                        (max_pos, bisect_right(&lists[max_pos], maximum))
                    }
                } else {
                    let max_pos = bisect_left(maxes, maximum);

                    if max_pos == maxes.len() {
                        (max_pos - 1, lists[max_pos - 1].len())
                    } else {
                        (max_pos, bisect_left(&lists[max_pos], maximum))
                    }
                }
            }
        };

        self.islice_pairs(min_pos, min_idx, max_pos, max_idx, reverse)
    }

    /// Return the size of the sorted list.
    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// Return an index to insert `value` in the sorted list.
    ///
    /// If the `value` is already present, the insertion point will be before (to the left of) any
    /// existing values.
    pub fn bisect_left(&mut self, value: &T) -> usize {
        if self.maxes.is_empty() {
            return 0;
        }

        let pos = bisect_left(&self.maxes, value);

        if pos == self.maxes.len() {
            return self.len;
        }

        let idx = bisect_left(&self.lists[pos], value);
        self.loc(pos, idx)
    }

    /// Return an index to insert `value` in the sorted list.
    ///
    /// Similar to `bisect_left`, but if `value` is already present, the insertion point will be after
    /// (to the right of) any existing values.
    pub fn bisect_right(&mut self, value: &T) -> usize {
        if self.maxes.is_empty() {
            return 0;
        }

        let pos = bisect_right(&self.maxes, value);

        if pos == self.maxes.len() {
            return self.len;
        }

        let idx = bisect_right(&self.lists[pos], value);
        self.loc(pos, idx)
    }

    pub fn bisect(&mut self, value: &T) -> usize {
        self.bisect_right(value)
    }

    /// Return number of occurrences of `value` in the sorted list.
    pub fn count(&mut self, value: &T) -> usize {
        if self.maxes.is_empty() {
            return 0;
        }

        let pos_left = bisect_left(&self.maxes, value);

        if pos_left == self.maxes.len() {
            return 0;
        }

        let idx_left = bisect_left(&self.lists[pos_left], value);
        let pos_right = bisect_right(&self.maxes, value);

        if pos_right == self.maxes.len() {
            return self.len - self.loc(pos_left, idx_left);
        }

        let idx_right = bisect_right(&self.lists[pos_right], value);

        if pos_left == pos_right {
            return idx_right - idx_left;
        }

        let right = self.loc(pos_right, idx_right);
        let left = self.loc(pos_left, idx_left);
        right - left
    }

    /// Return a shallow copy of the sorted list.
    pub fn copy(&self) -> Self {
        SortedList::from_iter(self.iter().cloned())
    }

    /// Raise `Error::NotImplemented`: use `add` instead.
    pub fn append(&mut self, _value: T) -> Result<(), Error> {
        Err(Error::NotImplemented("use ``sl.add(value)`` instead".to_string()))
    }

    /// Raise `Error::NotImplemented`: use `update` instead.
    pub fn extend(&mut self, _values: Vec<T>) -> Result<(), Error> {
        Err(Error::NotImplemented("use ``sl.update(values)`` instead".to_string()))
    }

    /// Raise `Error::NotImplemented`: use `add` instead.
    pub fn insert(&mut self, _index: isize, _value: T) -> Result<(), Error> {
        Err(Error::NotImplemented("use ``sl.add(value)`` instead".to_string()))
    }

    /// Remove and return value at `index` in sorted list (default -1, the last value).
    ///
    /// Returns `Error::IndexError` if the sorted list is empty or index is out of range. Negative
    /// indices are supported.
    pub fn pop(&mut self, index: isize) -> Result<T, Error> {
        if self.len == 0 {
            return Err(Error::IndexError("pop index out of range".to_string()));
        }

        if index == 0 {
            let val = self.lists[0][0].clone();
            self.delete(0, 0);
            return Ok(val);
        }

        if index == -1 {
            let pos = self.lists.len() - 1;
            let loc = self.lists[pos].len() - 1;
            let val = self.lists[pos][loc].clone();
            self.delete(pos, loc);
            return Ok(val);
        }

        if 0 <= index && index < self.lists[0].len() as isize {
            let val = self.lists[0][index as usize].clone();
            self.delete(0, index as usize);
            return Ok(val);
        }

        let len_last = self.lists.last().unwrap().len() as isize;

        if -len_last < index && index < 0 {
            let pos = self.lists.len() - 1;
            let loc = (len_last + index) as usize;
            let val = self.lists[pos][loc].clone();
            self.delete(pos, loc);
            return Ok(val);
        }

        let (pos, idx) = self.pos(index)?;
        let val = self.lists[pos][idx].clone();
        self.delete(pos, idx);
        Ok(val)
    }

    /// Return first index of value in sorted list.
    ///
    /// Returns `Error::ValueError` if `value` is not present.
    ///
    /// Index must be between `start` and `stop` for the `value` to be considered present. The default
    /// value, `None`, for `start` and `stop` indicate the beginning and end of the sorted list.
    /// Negative indices are supported.
    pub fn index(&mut self, value: &T, start: Option<isize>, stop: Option<isize>) -> Result<usize, Error> {
        let not_in_list = || Error::ValueError(format!("{:?} is not in list", value));
        let len = self.len as isize;

        if len == 0 {
            return Err(not_in_list());
        }

        let mut start = start.unwrap_or(0);
        if start < 0 {
            start += len;
        }
        if start < 0 {
            start = 0;
        }

        let mut stop = stop.unwrap_or(len);
        if stop < 0 {
            stop += len;
        }
        if stop > len {
            stop = len;
        }

        if stop <= start {
            return Err(not_in_list());
        }

        let pos_left = bisect_left(&self.maxes, value);

        if pos_left == self.maxes.len() {
            return Err(not_in_list());
        }

        let idx_left = bisect_left(&self.lists[pos_left], value);

        if self.lists[pos_left][idx_left] != *value {
            return Err(not_in_list());
        }

        stop -= 1;
        let left = self.loc(pos_left, idx_left) as isize;

        if start <= left {
            if left <= stop {
                return Ok(left as usize);
            }
        } else {
            let right = self.bisect_right(value) as isize - 1;

            if start <= right {
                return Ok(start as usize);
            }
        }

        Err(not_in_list())
    }

    /// Return new sorted list containing all values in both sequences.
    pub fn add_all(&self, other: &[T]) -> Self {
        let mut values: Vec<T> = self.lists.concat();
        values.extend_from_slice(other);
        SortedList::from_iter(values)
    }

    /// Return new sorted list with `num` shallow copies of values.
    pub fn mul(&self, num: isize) -> Self {
        let values: Vec<T> = self.lists.concat();
        let mut out = Vec::new();
        for _ in 0..num.max(0) {
            out.extend_from_slice(&values);
        }
        SortedList::from_iter(out)
    }

    /// Update the sorted list with `num` shallow copies of values.
    pub fn imul(&mut self, num: isize) {
        let values = self.mul(num).lists.concat();
        self.clear();
        self.update(values);
    }

    /// Compare with `other` using lexicographical order as with sequences.
    pub fn cmp_seq(&self, other: &[T]) -> std::cmp::Ordering {
        for (alpha, beta) in self.iter().zip(other.iter()) {
            if alpha != beta {
                return alpha.cmp(beta);
            }
        }
        self.len.cmp(&other.len())
    }

    /// The sublist lengths (for checks of the internal layout).
    pub fn sublist_lengths(&self) -> Vec<usize> {
        self.lists.iter().map(Vec::len).collect()
    }

    /// Check invariants of sorted list. Runtime complexity: `O(n)`.
    pub fn check(&self) {
        assert!(self.load >= 4);
        assert_eq!(self.maxes.len(), self.lists.len());
        assert_eq!(self.len, self.lists.iter().map(Vec::len).sum::<usize>());

        // Check all sublists are sorted.

        for sublist in &self.lists {
            for pos in 1..sublist.len() {
                assert!(sublist[pos - 1] <= sublist[pos]);
            }
        }

        // Check beginning/end of sublists are sorted.

        for pos in 1..self.lists.len() {
            assert!(self.lists[pos - 1].last().unwrap() <= &self.lists[pos][0]);
        }

        // Check maxes index is the last value of each sublist.

        for pos in 0..self.maxes.len() {
            assert!(&self.maxes[pos] == self.lists[pos].last().unwrap());
        }

        // Check sublist lengths are less than double load-factor.

        let double = self.load << 1;
        assert!(self.lists.iter().all(|sublist| sublist.len() <= double));

        // Check sublist lengths are greater than half load-factor for all
        // but the last sublist.

        let half = self.load >> 1;
        for pos in 0..self.lists.len().saturating_sub(1) {
            assert!(self.lists[pos].len() >= half);
        }

        if !self.index.is_empty() {
            assert_eq!(self.len, self.index[0]);
            assert_eq!(self.index.len(), self.offset + self.lists.len());

            // Check index leaf nodes equal length of sublists.

            for pos in 0..self.lists.len() {
                let leaf = self.index[self.offset + pos];
                assert_eq!(leaf, self.lists[pos].len());
            }

            // Check index branch nodes are the sum of their children.

            for pos in 0..self.offset {
                let child = (pos << 1) + 1;
                if child >= self.index.len() {
                    assert_eq!(self.index[pos], 0);
                } else if child + 1 == self.index.len() {
                    assert_eq!(self.index[pos], self.index[child]);
                } else {
                    let child_sum = self.index[child] + self.index[child + 1];
                    assert_eq!(child_sum, self.index[pos]);
                }
            }
        }
    }
}

impl<T: Ord + Clone + fmt::Debug> PartialEq<[T]> for SortedList<T> {
    fn eq(&self, other: &[T]) -> bool {
        self.len == other.len() && self.cmp_seq(other) == std::cmp::Ordering::Equal
    }
}

impl<T: fmt::Debug> fmt::Debug for SortedList<T> {
    /// Return string representation of sorted list: `SortedList([1, 2, 3])`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let values: Vec<&T> = self.lists.iter().flatten().collect();
        write!(f, "SortedList({:?})", values)
    }
}
