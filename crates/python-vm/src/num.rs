//! Numbers: int (64-bit fast path, arbitrary precision beyond), bool as an int, and float,
//! with CPython's semantics for floor division, modulo, powers, shifts and their errors.

use std::rc::Rc;

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

use crate::exceptions::ExcKind;
use crate::interp::Vm;
use crate::value::Value;
use crate::PyResult;

/// A number taken out of a value.
#[derive(Clone, Debug)]
pub enum Num {
    Int(i64),
    Big(BigInt),
    Float(f64),
}

/// The binary operators of `BINARY_OP` (the in-place forms map to the same ones).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BinOp {
    Add,
    And,
    FloorDiv,
    LShift,
    MatMul,
    Mul,
    Mod,
    Or,
    Pow,
    RShift,
    Sub,
    TrueDiv,
    Xor,
}

impl BinOp {
    /// The operator of `BINARY_OP arg` and whether it is the in-place form.
    pub fn from_arg(arg: u32) -> (BinOp, bool) {
        use BinOp::*;
        const OPS: [BinOp; 13] = [
            Add, And, FloorDiv, LShift, MatMul, Mul, Mod, Or, Pow, RShift, Sub, TrueDiv, Xor,
        ];
        let inplace = arg >= 13;
        (OPS[(arg % 13) as usize], inplace)
    }

    /// The operator's symbol, as error messages show it.
    pub fn symbol(self) -> &'static str {
        use BinOp::*;
        match self {
            Add => "+",
            And => "&",
            FloorDiv => "//",
            LShift => "<<",
            MatMul => "@",
            Mul => "*",
            Mod => "%",
            Or => "|",
            Pow => "** or pow()",
            RShift => ">>",
            Sub => "-",
            TrueDiv => "/",
            Xor => "^",
        }
    }

    /// The dunder method names: (normal, reflected, in-place).
    pub fn dunders(self) -> (&'static str, &'static str, &'static str) {
        use BinOp::*;
        match self {
            Add => ("__add__", "__radd__", "__iadd__"),
            And => ("__and__", "__rand__", "__iand__"),
            FloorDiv => ("__floordiv__", "__rfloordiv__", "__ifloordiv__"),
            LShift => ("__lshift__", "__rlshift__", "__ilshift__"),
            MatMul => ("__matmul__", "__rmatmul__", "__imatmul__"),
            Mul => ("__mul__", "__rmul__", "__imul__"),
            Mod => ("__mod__", "__rmod__", "__imod__"),
            Or => ("__or__", "__ror__", "__ior__"),
            Pow => ("__pow__", "__rpow__", "__ipow__"),
            RShift => ("__rshift__", "__rrshift__", "__irshift__"),
            Sub => ("__sub__", "__rsub__", "__isub__"),
            TrueDiv => ("__truediv__", "__rtruediv__", "__itruediv__"),
            Xor => ("__xor__", "__rxor__", "__ixor__"),
        }
    }
}

/// The number in a value (bools count as ints).
pub fn to_num(v: &Value) -> Option<Num> {
    match v {
        Value::Int(i) => Some(Num::Int(*i)),
        Value::Bool(b) => Some(Num::Int(b.get() as i64)),
        Value::Long(b) => Some(Num::Big((**b).clone())),
        Value::Float(f) => Some(Num::Float(f.get())),
        _ => None,
    }
}

/// The integer in a value (bools count), as a big int.
pub fn to_bigint(v: &Value) -> Option<BigInt> {
    match v {
        Value::Int(i) => Some(BigInt::from(*i)),
        Value::Bool(b) => Some(BigInt::from(b.get() as i64)),
        Value::Long(b) => Some((**b).clone()),
        _ => None,
    }
}

/// Whether an int and a float are equal, exactly.
pub fn int_float_eq(i: i64, f: f64) -> bool {
    if !f.is_finite() || f.fract() != 0.0 {
        return false;
    }
    if f.abs() < 9.2e18 {
        f as i64 == i
    } else {
        false
    }
}

/// Whether a big int and a float are equal, exactly.
pub fn bigint_float_eq(b: &BigInt, f: f64) -> bool {
    if !f.is_finite() || f.fract() != 0.0 {
        return false;
    }
    float_to_bigint(f).is_some_and(|x| &x == b)
}

/// The integer value of an integral float.
pub fn float_to_bigint(f: f64) -> Option<BigInt> {
    if !f.is_finite() {
        return None;
    }
    let f = f.trunc();
    if f.abs() < 9.0e18 {
        return Some(BigInt::from(f as i64));
    }
    let (m, e) = crate::hash::frexp(f);
    // f = m * 2**e with 53 bits of mantissa.
    let mant = (m * (1u64 << 53) as f64) as i64;
    let shift = e - 53;
    let b = BigInt::from(mant);
    Some(if shift >= 0 {
        b << shift as usize
    } else {
        b >> (-shift) as usize
    })
}

/// A big int as a float, or an OverflowError.
pub fn bigint_to_f64(vm: &mut Vm, b: &BigInt) -> PyResult<f64> {
    match b.to_f64() {
        Some(f) if f.is_finite() => Ok(f),
        _ => Err(vm.new_error(ExcKind::OverflowError, "int too large to convert to float")),
    }
}

fn num_to_f64(vm: &mut Vm, n: &Num) -> PyResult<f64> {
    match n {
        Num::Int(i) => Ok(*i as f64),
        Num::Big(b) => bigint_to_f64(vm, b),
        Num::Float(f) => Ok(*f),
    }
}

/// `a op b` for two numbers, or `None` when either is not a number.
pub fn binary(vm: &mut Vm, a: &Value, b: &Value, op: BinOp) -> Option<PyResult<Value>> {
    // The fast path: two small ints.
    if let (Value::Int(x), Value::Int(y)) = (a, b) {
        if let Some(r) = small_int_op(*x, *y, op) {
            return Some(Ok(r));
        }
    }
    let x = to_num(a)?;
    let y = to_num(b)?;
    Some(match (x, y) {
        (Num::Float(x), y) => {
            let y = match num_to_f64(vm, &y) {
                Ok(y) => y,
                Err(e) => return Some(Err(e)),
            };
            float_op(vm, x, y, op)
        }
        (x, Num::Float(y)) => {
            let x = match num_to_f64(vm, &x) {
                Ok(x) => x,
                Err(e) => return Some(Err(e)),
            };
            float_op(vm, x, y, op)
        }
        (x, y) => {
            let x = match x {
                Num::Int(i) => BigInt::from(i),
                Num::Big(b) => b,
                Num::Float(_) => unreachable!(),
            };
            let y = match y {
                Num::Int(i) => BigInt::from(i),
                Num::Big(b) => b,
                Num::Float(_) => unreachable!(),
            };
            big_op(vm, &x, &y, op)
        }
    })
}

#[inline]
fn small_int_op(x: i64, y: i64, op: BinOp) -> Option<Value> {
    use BinOp::*;
    Some(Value::Int(match op {
        Add => x.checked_add(y)?,
        Sub => x.checked_sub(y)?,
        Mul => x.checked_mul(y)?,
        FloorDiv => {
            if y == 0 || (x == i64::MIN && y == -1) {
                return None;
            }
            let (q, r) = (x / y, x % y);
            if r != 0 && ((r < 0) != (y < 0)) {
                q - 1
            } else {
                q
            }
        }
        Mod => {
            if y == 0 || (x == i64::MIN && y == -1) {
                return None;
            }
            let r = x % y;
            if r != 0 && ((r < 0) != (y < 0)) {
                r + y
            } else {
                r
            }
        }
        And => x & y,
        Or => x | y,
        Xor => x ^ y,
        LShift => {
            if !(0..63).contains(&y) {
                return None;
            }
            let r = x.checked_shl(y as u32)?;
            if r >> y != x {
                return None;
            }
            r
        }
        RShift => {
            if y < 0 {
                return None;
            }
            x >> y.min(63)
        }
        Pow => {
            if !(0..=u32::MAX as i64).contains(&y) {
                return None;
            }
            x.checked_pow(y as u32)?
        }
        TrueDiv => {
            if y == 0 || x.unsigned_abs() > (1 << 53) || y.unsigned_abs() > (1 << 53) {
                return None;
            }
            return Some(Value::float(x as f64 / y as f64));
        }
        MatMul => return None,
    }))
}

fn big_op(vm: &mut Vm, x: &BigInt, y: &BigInt, op: BinOp) -> PyResult<Value> {
    use BinOp::*;
    Ok(match op {
        Add => Value::from_bigint(x + y),
        Sub => Value::from_bigint(x - y),
        Mul => {
            let bits = x.bits() + y.bits();
            check_int_size(vm, bits)?;
            Value::from_bigint(x * y)
        }
        FloorDiv => {
            if y.is_zero() {
                return Err(vm.new_error(
                    ExcKind::ZeroDivisionError,
                    "integer division or modulo by zero",
                ));
            }
            Value::from_bigint(x.div_floor(y))
        }
        Mod => {
            if y.is_zero() {
                return Err(vm.new_error(ExcKind::ZeroDivisionError, "integer modulo by zero"));
            }
            Value::from_bigint(x.mod_floor(y))
        }
        And => Value::from_bigint(x & y),
        Or => Value::from_bigint(x | y),
        Xor => Value::from_bigint(x ^ y),
        LShift => {
            if y.is_negative() {
                return Err(vm.value_error("negative shift count"));
            }
            let shift = y.to_u64().unwrap_or(u64::MAX);
            check_int_size(vm, x.bits().saturating_add(shift))?;
            Value::from_bigint(x << shift as usize)
        }
        RShift => {
            if y.is_negative() {
                return Err(vm.value_error("negative shift count"));
            }
            let shift = y.to_u64().unwrap_or(u64::MAX);
            if shift >= x.bits() {
                Value::Int(if x.is_negative() { -1 } else { 0 })
            } else {
                // Python's >> floors, as BigInt's does for negative numbers.
                Value::from_bigint(x >> shift as usize)
            }
        }
        Pow => {
            if y.is_negative() {
                let fx = bigint_to_f64(vm, x)?;
                let fy = bigint_to_f64(vm, y)?;
                return float_op(vm, fx, fy, Pow);
            }
            let exp = y.to_u64().unwrap_or(u64::MAX);
            if x.is_zero() || x.is_one() {
                return Ok(Value::from_bigint(x.clone()));
            }
            if *x == BigInt::from(-1) {
                return Ok(Value::Int(if exp.is_multiple_of(2) { 1 } else { -1 }));
            }
            check_int_size(vm, x.bits().saturating_mul(exp))?;
            Value::from_bigint(num_traits::pow::Pow::pow(x, exp))
        }
        TrueDiv => {
            if y.is_zero() {
                return Err(vm.new_error(ExcKind::ZeroDivisionError, "division by zero"));
            }
            Value::float(big_true_div(vm, x, y)?)
        }
        MatMul => return Err(vm.type_error("unsupported operand type(s) for @: 'int' and 'int'")),
    })
}

/// Refuses to build an int of more than the heap cap's worth of bits.
fn check_int_size(vm: &mut Vm, bits: u64) -> PyResult<()> {
    if bits / 8 > (vm.heap_cap as u64) / 4 {
        return Err(vm.new_error_args(ExcKind::MemoryError, vec![]));
    }
    Ok(())
}

/// `x / y` for ints, correctly rounded when both fit in a float's mantissa.
fn big_true_div(vm: &mut Vm, x: &BigInt, y: &BigInt) -> PyResult<f64> {
    if let (Some(a), Some(b)) = (x.to_i64(), y.to_i64()) {
        if a.unsigned_abs() <= 1 << 53 && b.unsigned_abs() <= 1 << 53 {
            return Ok(a as f64 / b as f64);
        }
    }
    // Scale so the quotient has 64 significant bits, then convert.
    let shift = 64i64 + y.bits() as i64 - x.bits() as i64;
    let q = if shift >= 0 {
        (x << shift as usize) / y
    } else {
        x / (y << (-shift) as usize)
    };
    let qf = q.to_f64().unwrap_or(f64::INFINITY);
    let r = qf * 2f64.powi(-shift as i32);
    if !r.is_finite() {
        return Err(vm.new_error(
            ExcKind::OverflowError,
            "integer division result too large for a float",
        ));
    }
    Ok(r)
}

/// `x op y` for floats.
pub fn float_op(vm: &mut Vm, x: f64, y: f64, op: BinOp) -> PyResult<Value> {
    use BinOp::*;
    Ok(Value::float(match op {
        Add => x + y,
        Sub => x - y,
        Mul => x * y,
        TrueDiv => {
            if y == 0.0 {
                return Err(vm.new_error(ExcKind::ZeroDivisionError, "float division by zero"));
            }
            x / y
        }
        FloorDiv => {
            if y == 0.0 {
                return Err(
                    vm.new_error(ExcKind::ZeroDivisionError, "float floor division by zero")
                );
            }
            float_divmod(x, y).0
        }
        Mod => {
            if y == 0.0 {
                return Err(vm.new_error(ExcKind::ZeroDivisionError, "float modulo"));
            }
            float_divmod(x, y).1
        }
        Pow => return float_pow(vm, x, y),
        _ => {
            return Err(vm.type_error(format!(
                "unsupported operand type(s) for {}: 'float' and 'float'",
                op.symbol()
            )))
        }
    }))
}

/// Python's `divmod` for floats (`float_divmod` in floatobject.c).
pub fn float_divmod(vx: f64, wx: f64) -> (f64, f64) {
    let mut m = vx % wx;
    let mut div = (vx - m) / wx;
    if m != 0.0 {
        if (wx < 0.0) != (m < 0.0) {
            m += wx;
            div -= 1.0;
        }
    } else {
        m = 0.0f64.copysign(wx);
    }
    let floordiv = if div != 0.0 {
        let mut f = div.floor();
        if div - f > 0.5 {
            f += 1.0;
        }
        f
    } else {
        0.0f64.copysign(vx / wx)
    };
    (floordiv, m)
}

/// `x ** y` for floats, with CPython's errors.
pub fn float_pow(vm: &mut Vm, x: f64, y: f64) -> PyResult<Value> {
    if y == 0.0 {
        return Ok(Value::float(1.0));
    }
    if x == 0.0 && y < 0.0 {
        return Err(vm.new_error(
            ExcKind::ZeroDivisionError,
            "0.0 cannot be raised to a negative power",
        ));
    }
    if x < 0.0 && y.fract() != 0.0 && y.is_finite() {
        return Err(vm.value_error("deepdive does not support complex numbers yet"));
    }
    let r = x.powf(y);
    if r.is_infinite() && x.is_finite() && y.is_finite() {
        return Err(vm.new_error_args(
            ExcKind::OverflowError,
            vec![Value::Int(34), Value::str("Numerical result out of range")],
        ));
    }
    Ok(Value::float(r))
}

/// Compares two numbers: `None` when either is NaN.
pub fn compare(a: &Num, b: &Num) -> Option<std::cmp::Ordering> {
    use std::cmp::Ordering;
    match (a, b) {
        (Num::Int(x), Num::Int(y)) => Some(x.cmp(y)),
        (Num::Float(x), Num::Float(y)) => x.partial_cmp(y),
        (Num::Big(x), Num::Big(y)) => Some(x.cmp(y)),
        (Num::Int(x), Num::Big(y)) => Some(BigInt::from(*x).cmp(y)),
        (Num::Big(x), Num::Int(y)) => Some(x.cmp(&BigInt::from(*y))),
        (Num::Float(x), other) => compare(other, &Num::Float(*x)).map(Ordering::reverse),
        (Num::Int(i), Num::Float(f)) => {
            if f.is_nan() {
                return None;
            }
            if f.is_infinite() {
                return Some(if *f > 0.0 {
                    Ordering::Less
                } else {
                    Ordering::Greater
                });
            }
            if i.unsigned_abs() <= 1 << 53 {
                return (*i as f64).partial_cmp(f);
            }
            compare(&Num::Big(BigInt::from(*i)), &Num::Float(*f))
        }
        (Num::Big(b), Num::Float(f)) => {
            if f.is_nan() {
                return None;
            }
            if f.is_infinite() {
                return Some(if *f > 0.0 {
                    Ordering::Less
                } else {
                    Ordering::Greater
                });
            }
            let fl = f.floor();
            let fb = float_to_bigint(fl)?;
            match b.cmp(&fb) {
                Ordering::Equal => {
                    if *f > fl {
                        Some(Ordering::Less)
                    } else {
                        Some(Ordering::Equal)
                    }
                }
                o => Some(o),
            }
        }
    }
}

/// `-x`, `+x`, `~x` for numbers.
pub fn unary(v: &Value, op: crate::ops::Unary) -> Option<Value> {
    use crate::ops::Unary;
    Some(match (to_num(v)?, op) {
        (Num::Int(i), Unary::Neg) => match i.checked_neg() {
            Some(n) => Value::Int(n),
            None => Value::from_bigint(-BigInt::from(i)),
        },
        (Num::Big(b), Unary::Neg) => Value::from_bigint(-b),
        (Num::Float(f), Unary::Neg) => Value::float(-f),
        (Num::Int(i), Unary::Pos) => Value::Int(i),
        (Num::Big(b), Unary::Pos) => Value::Long(Rc::new(b)),
        (Num::Float(f), Unary::Pos) => Value::float(f),
        (Num::Int(i), Unary::Invert) => Value::Int(!i),
        (Num::Big(b), Unary::Invert) => Value::from_bigint(-b - 1),
        (Num::Float(_), Unary::Invert) => return None,
    })
}

/// `round(x, ndigits)` for a float, rounding half to even on the exact decimal value, as
/// CPython does (via the shortest repr's digits).
pub fn round_float(x: f64, ndigits: i64) -> f64 {
    if !x.is_finite() {
        return x;
    }
    // NDIGITS_MAX and NDIGITS_MIN of floatobject.c.
    if ndigits > 323 {
        return x;
    }
    if ndigits < -308 {
        return 0.0f64.copysign(x);
    }
    let text = format!("{:.prec$}", x, prec = ndigits.max(0) as usize);
    if ndigits >= 0 {
        // Rust's formatting rounds the exact binary value half to even, as dtoa mode 3 does.
        text.parse().unwrap_or(x)
    } else {
        round_to_power_of_ten(x, (-ndigits) as u32)
    }
}

/// `x` rounded half to even to a multiple of `10**k`, computed exactly on the binary value
/// (as CPython's dtoa does for a negative `ndigits`).
fn round_to_power_of_ten(x: f64, k: u32) -> f64 {
    let bits = x.abs().to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    let (mant, e) = if exp == 0 {
        (frac, -1074)
    } else {
        (frac | (1u64 << 52), exp - 1075)
    };
    let scale = BigInt::from(10u32).pow(k);
    let (num, den) = if e >= 0 {
        (BigInt::from(mant) << (e as usize), scale.clone())
    } else {
        (BigInt::from(mant), scale.clone() << ((-e) as usize))
    };
    let (q, r) = num.div_rem(&den);
    let twice = r * 2u32;
    let q = if twice > den || (twice == den && q.is_odd()) {
        q + 1u32
    } else {
        q
    };
    let y: f64 = (q * scale).to_string().parse().unwrap_or(f64::INFINITY);
    y.copysign(x)
}
