//! Python slice arithmetic: resolve (start, stop, step) against a length.

#[derive(Debug, Clone, Copy)]
pub struct Span {
    pub start: i64,
    pub step: i64,
    pub len: usize,
}

impl Span {
    pub fn resolve(start: Option<i64>, stop: Option<i64>, step: Option<i64>, length: usize) -> Option<Span> {
        let step = step.unwrap_or(1);
        if step == 0 {
            return None;
        }
        let n = length as i64;
        let (lower, upper) = if step > 0 { (0, n) } else { (-1, n - 1) };
        let fix = |b: Option<i64>, fallback: i64| match b {
            None => fallback,
            Some(v) => {
                let v = if v < 0 { v + n } else { v };
                v.clamp(lower, upper)
            }
        };
        let a = fix(start, if step > 0 { lower } else { upper });
        let b = fix(stop, if step > 0 { upper } else { lower });
        let count = if step > 0 { (b - a + step - 1) / step } else { (a - b - step - 1) / -step };
        Some(Span { start: a, step, len: count.max(0) as usize })
    }

    pub fn position(&self, i: usize) -> usize {
        (self.start + i as i64 * self.step) as usize
    }

    pub fn positions(&self) -> impl Iterator<Item = usize> + '_ {
        (0..self.len).map(move |i| self.position(i))
    }
}
