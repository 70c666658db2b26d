//! Integer and `char` ranges for the exhaustiveness check: values of every integer type in one
//! ordered encoding, the splitting of a type's range at the boundaries of the patterns, and
//! the printing of a range as rustc prints it in a witness.

use crate::ty::{IntTy, Ty};

/// An interval of integers (or `char`s) `lo..hi`, half-open, in a shared encoding where the
/// order of every integer type is the order of `u128`: signed values are biased by
/// `2^(bits-1)`, so that the type's minimum is 0. `isize` and `usize` have no known bounds
/// (rustc does not let a match rely on the pointer width), hence the infinities.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct IntRange {
    pub(super) lo: Bound,
    pub(super) hi: Bound,
}

/// A boundary of an [`IntRange`]: an encoded value, or beyond every value of the type.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub(super) enum Bound {
    NegInf,
    Finite(u128),
    PosInf,
}

impl Bound {
    pub(super) fn plus_one(self) -> Bound {
        match self {
            Bound::Finite(n) => n.checked_add(1).map_or(Bound::PosInf, Bound::Finite),
            b => b,
        }
    }

    /// The boundary before this one; `None` below the encoding's 0.
    pub(super) fn minus_one(self) -> Option<Bound> {
        match self {
            Bound::Finite(n) => n.checked_sub(1).map(Bound::Finite),
            b => Some(b),
        }
    }
}

impl IntRange {
    pub(super) fn singleton(v: u128) -> IntRange {
        IntRange {
            lo: Bound::Finite(v),
            hi: Bound::Finite(v).plus_one(),
        }
    }

    pub(super) fn is_singleton(&self) -> bool {
        self.lo.plus_one() == self.hi && matches!(self.lo, Bound::Finite(_))
    }

    pub(super) fn is_subrange(&self, other: &IntRange) -> bool {
        other.lo <= self.lo && self.hi <= other.hi
    }

    pub(super) fn intersection(&self, other: &IntRange) -> Option<IntRange> {
        let lo = self.lo.max(other.lo);
        let hi = self.hi.min(other.hi);
        (lo < hi).then_some(IntRange { lo, hi })
    }

    /// Splits `self` at the boundaries of the `seen` ranges: the pieces, in order, each with
    /// whether some seen range covers it (rustc's `IntRange::split`).
    pub(super) fn split(&self, seen: &[IntRange]) -> Vec<(bool, IntRange)> {
        // Every seen range opens a parenthesis at its start and closes it at its end; between
        // two boundaries the count of open parentheses says whether a seen range covers it.
        let mut boundaries: Vec<(Bound, i32)> = seen
            .iter()
            .filter_map(|r| self.intersection(r))
            .flat_map(|r| [(r.lo, 1), (r.hi, -1)])
            .collect();
        boundaries.sort_unstable();
        let mut out = Vec::new();
        let mut count = 0;
        let mut prev = self.lo;
        for (b, delta) in boundaries.into_iter().chain([(self.hi, 0)]) {
            if prev != b {
                out.push((count > 0, IntRange { lo: prev, hi: b }));
            }
            prev = b;
            count += delta;
        }
        out
    }
}

/// The kind of integer-like type a range belongs to: how its values are encoded and printed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum IntKind {
    Int(IntTy),
    Char,
}

impl IntKind {
    pub(super) fn bits(self) -> u32 {
        use IntTy::*;
        match self {
            IntKind::Char => 32,
            IntKind::Int(i) => match i {
                I8 | U8 => 8,
                I16 | U16 => 16,
                I32 | U32 => 32,
                I64 | U64 | Isize | Usize => 64,
                I128 | U128 => 128,
            },
        }
    }

    pub(super) fn signed(self) -> bool {
        use IntTy::*;
        matches!(self, IntKind::Int(I8 | I16 | I32 | I64 | I128 | Isize))
    }

    pub(super) fn mask(self) -> u128 {
        match self.bits() {
            128 => u128::MAX,
            b => (1u128 << b) - 1,
        }
    }

    /// The encoding of a value given as its two's-complement bits.
    pub(super) fn encode(self, raw: u128) -> u128 {
        if self.signed() {
            raw.wrapping_add(1u128 << (self.bits() - 1)) & self.mask()
        } else {
            raw & self.mask()
        }
    }

    /// The value of a signed type an encoding stands for (the inverse of [`IntKind::encode`]).
    pub(super) fn decode_signed(self, encoded: u128) -> i128 {
        let shift = 128 - self.bits();
        let raw = encoded.wrapping_sub(1u128 << (self.bits() - 1)) & self.mask();
        ((raw << shift) as i128) >> shift
    }

    /// The largest encoded value.
    pub(super) fn max_encoded(self) -> u128 {
        match self {
            IntKind::Char => 0x10FFFF,
            _ => self.mask(),
        }
    }

    /// The ranges that make up the whole type (`char` has a hole where the surrogates are).
    pub(super) fn full_ranges(self) -> Vec<IntRange> {
        match self {
            IntKind::Char => vec![
                IntRange {
                    lo: Bound::Finite(0),
                    hi: Bound::Finite(0xD800),
                },
                IntRange {
                    lo: Bound::Finite(0xE000),
                    hi: Bound::Finite(0x110000),
                },
            ],
            IntKind::Int(IntTy::Isize) => vec![IntRange {
                lo: Bound::NegInf,
                hi: Bound::PosInf,
            }],
            IntKind::Int(IntTy::Usize) => vec![IntRange {
                lo: Bound::Finite(0),
                hi: Bound::PosInf,
            }],
            k => vec![IntRange {
                lo: Bound::Finite(0),
                hi: Bound::Finite(k.max_encoded()).plus_one(),
            }],
        }
    }

    /// A value as rustc prints it in a witness: `5_u8`, `-1_i32`, `u8::MAX`, `i32::MIN`,
    /// `'a'`.
    pub(super) fn print(self, encoded: u128) -> String {
        match self {
            IntKind::Char => match char::from_u32(encoded as u32) {
                Some(c) => format!("'{}'", char_debug(c)),
                None => "_".into(),
            },
            IntKind::Int(ity) => {
                let name = ity.name();
                if encoded == self.mask() {
                    return format!("{name}::MAX");
                }
                if self.signed() {
                    if encoded == 0 {
                        return format!("{name}::MIN");
                    }
                    format!("{}_{name}", self.decode_signed(encoded))
                } else {
                    format!("{encoded}_{name}")
                }
            }
        }
    }
}

/// A character as `char`'s `Debug` prints it, without the quotes.
pub(super) fn char_debug(c: char) -> String {
    match c {
        '\0' => "\\0".into(),
        '\t' => "\\t".into(),
        '\r' => "\\r".into(),
        '\n' => "\\n".into(),
        '\\' => "\\\\".into(),
        '\'' => "\\'".into(),
        ' '..='~' => c.to_string(),
        _ if is_printable(c) => c.to_string(),
        _ => format!("\\u{{{:x}}}", c as u32),
    }
}

/// An approximation of std's `is_printable` for the characters that can end a range: controls,
/// private use, noncharacters and the unassigned planes are not printable.
pub(super) fn is_printable(c: char) -> bool {
    let u = c as u32;
    !(u < 0x20
        || (0x7F..0xA0).contains(&u)
        || u == 0xAD
        || (0xD7FC..0xF900).contains(&u)
        || (0xFDD0..0xFDF0).contains(&u)
        || (u & 0xFFFE) == 0xFFFE
        || u >= 0x2FA20)
}

/// The integer kind of a type, if it is an integer or `char`.
pub(super) fn int_kind(t: &Ty) -> Option<IntKind> {
    match t {
        Ty::Int(i) => Some(IntKind::Int(*i)),
        Ty::Char => Some(IntKind::Char),
        _ => None,
    }
}

/// A range of a witness as rustc prints it: `5_u8`, `100_u8..=u8::MAX`, `..isize::MIN`,
/// `usize::MAX..`, `_` for everything.
pub(super) fn print_range(r: &IntRange, kind: IntKind) -> String {
    // A boundary as a value of the type, or `None` past its largest value.
    let value = |b: Bound| match b {
        Bound::Finite(v) if v <= kind.max_encoded() => Some(v),
        _ => None,
    };
    if r.lo == Bound::NegInf && r.hi == Bound::PosInf {
        return "_".into();
    }
    if r.is_singleton() {
        if let Some(v) = value(r.lo) {
            return kind.print(v);
        }
    }
    let lo = match r.lo {
        Bound::NegInf => None,
        b => Some(value(b).unwrap_or(kind.max_encoded())),
    };
    let (hi, end) = match r.hi.minus_one() {
        Some(h) => (h, "..="),
        None => (r.hi, ".."),
    };
    let mut out = String::new();
    if let Some(lo) = lo {
        out.push_str(&kind.print(lo));
    }
    match value(hi) {
        Some(h) if hi != Bound::NegInf => {
            out.push_str(end);
            out.push_str(&kind.print(h));
        }
        _ => out.push_str(".."),
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn u8r(lo: u128, hi_incl: u128) -> IntRange {
        IntRange {
            lo: Bound::Finite(lo),
            hi: Bound::Finite(hi_incl).plus_one(),
        }
    }

    #[test]
    fn splitting_cuts_the_range_at_every_boundary() {
        let full = u8r(0, 255);
        let parts = full.split(&[u8r(0, 0), u8r(1, 9), u8r(10, 99)]);
        let seen: Vec<bool> = parts.iter().map(|p| p.0).collect();
        assert_eq!(seen, [true, true, true, false]);
        assert_eq!(parts[3].1, u8r(100, 255));
        let overlapping = full.split(&[u8r(3, 7), u8r(5, 10)]);
        assert_eq!(overlapping.len(), 5);
        assert!(!overlapping[0].0 && overlapping[1].0 && !overlapping[4].0);
    }

    #[test]
    fn ranges_print_as_rustc() {
        let u8k = IntKind::Int(IntTy::U8);
        assert_eq!(print_range(&u8r(100, 255), u8k), "100_u8..=u8::MAX");
        assert_eq!(print_range(&u8r(5, 5), u8k), "5_u8");
        let i32k = IntKind::Int(IntTy::I32);
        let enc = |v: i32| i32k.encode(v as i64 as u128);
        let r = IntRange {
            lo: Bound::Finite(0),
            hi: Bound::Finite(enc(0)),
        };
        assert_eq!(print_range(&r, i32k), "i32::MIN..=-1_i32");
        let i128k = IntKind::Int(IntTy::I128);
        let minus_five = i128k.encode((-5i128) as u128);
        assert_eq!(i128k.print(minus_five), "-5_i128");
        assert_eq!(i128k.print(i128k.encode(7)), "7_i128");
        let i8k = IntKind::Int(IntTy::I8);
        assert_eq!(i8k.print(i8k.encode((-101i8) as u8 as u128)), "-101_i8");
        let usize_k = IntKind::Int(IntTy::Usize);
        let tail = IntRange {
            lo: Bound::Finite(u64::MAX as u128 + 1),
            hi: Bound::PosInf,
        };
        assert_eq!(print_range(&tail, usize_k), "usize::MAX..");
        let isize_k = IntKind::Int(IntTy::Isize);
        let head = IntRange {
            lo: Bound::NegInf,
            hi: Bound::Finite(0),
        };
        assert_eq!(print_range(&head, isize_k), "..isize::MIN");
        let c = IntRange {
            lo: Bound::Finite('b' as u128),
            hi: Bound::Finite(0xD800),
        };
        assert_eq!(print_range(&c, IntKind::Char), "'b'..='\\u{d7ff}'");
    }
}
