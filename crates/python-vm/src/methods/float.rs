//! The methods and attributes of `float`: `is_integer`, `as_integer_ratio`, `hex`,
//! `fromhex`, `__round__`, `__trunc__`..., and the arithmetic dunders registered on the type
//! so that `float.__mul__(2.0, 3.0)` and subclasses of float work as in CPython.

use std::rc::Rc;

use num_bigint::BigInt;
use num_traits::{One, Zero};

use crate::builtins::check;
use crate::exceptions::ExcKind;
use crate::interp::Vm;
use crate::num::{self, BinOp};
use crate::value::*;
use crate::PyResult;

/// Installs the methods of float.
pub fn install(vm: &mut Vm) {
    let float = vm.types.float.clone();
    float.add_methods(&[
        ("is_integer", is_integer),
        ("as_integer_ratio", as_integer_ratio),
        ("hex", hex),
        ("conjugate", to_float),
        ("__float__", to_float),
        ("__pos__", to_float),
        ("__neg__", neg),
        ("__abs__", abs),
        ("__bool__", to_bool),
        ("__int__", trunc),
        ("__trunc__", trunc),
        ("__floor__", floor),
        ("__ceil__", ceil),
        ("__round__", round),
        ("__repr__", repr),
        ("__add__", add),
        ("__radd__", radd),
        ("__sub__", sub),
        ("__rsub__", rsub),
        ("__mul__", mul),
        ("__rmul__", rmul),
        ("__truediv__", truediv),
        ("__rtruediv__", rtruediv),
        ("__floordiv__", floordiv),
        ("__rfloordiv__", rfloordiv),
        ("__mod__", modulo),
        ("__rmod__", rmodulo),
        ("__pow__", pow),
        ("__rpow__", rpow),
        ("__divmod__", divmod),
        ("__rdivmod__", rdivmod),
        ("__eq__", eq),
        ("__ne__", ne),
        ("__lt__", lt),
        ("__le__", le),
        ("__gt__", gt),
        ("__ge__", ge),
    ]);
    float
        .dict
        .set_by_name("real", super::int::property("real", to_float));
    float
        .dict
        .set_by_name("imag", super::int::property("imag", zero));
    let fromhex = crate::builtins::builtin("fromhex", fromhex);
    float.dict.set_by_name(
        "fromhex",
        Value::Other(Rc::new(Other {
            kind: OtherKind::ClassMethod(fromhex),
        })),
    );
}

/// The float a value holds (floats and instances of float subclasses).
fn plain_float(v: &Value) -> Option<f64> {
    match v {
        Value::Float(f) => Some(f.get()),
        Value::Instance(_) => match Vm::builtin_payload(v) {
            Some(Value::Float(f)) => Some(f.get()),
            _ => None,
        },
        _ => None,
    }
}

fn this(vm: &mut Vm, v: &Value, method: &str) -> PyResult<f64> {
    match plain_float(v) {
        Some(f) => Ok(f),
        None => Err(vm.type_error(format!(
            "descriptor '{method}' for 'float' objects doesn't apply to a '{}' object",
            vm.type_name(v)
        ))),
    }
}

fn one_arg(vm: &mut Vm, args: &Args, name: &str) -> PyResult<f64> {
    let a = check(vm, name, args, 1, 1)?;
    this(vm, &a[0], name)
}

fn is_integer(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let x = one_arg(vm, &args, "is_integer")?;
    Ok(Value::bool(x.is_finite() && x.fract() == 0.0))
}

fn to_float(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::float(one_arg(vm, &args, "__float__")?))
}

fn zero(vm: &mut Vm, args: Args) -> PyResult<Value> {
    one_arg(vm, &args, "imag")?;
    Ok(Value::float(0.0))
}

fn neg(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::float(-one_arg(vm, &args, "__neg__")?))
}

fn abs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::float(one_arg(vm, &args, "__abs__")?.abs()))
}

fn to_bool(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::bool(one_arg(vm, &args, "__bool__")? != 0.0))
}

/// The int nearest `x` in the direction chosen, with CPython's errors for inf and NaN.
fn to_int(vm: &mut Vm, x: f64) -> PyResult<Value> {
    if x.is_nan() {
        return Err(vm.value_error("cannot convert float NaN to integer"));
    }
    if x.is_infinite() {
        return Err(vm.new_error(
            ExcKind::OverflowError,
            "cannot convert float infinity to integer",
        ));
    }
    Ok(match num::float_to_bigint(x) {
        Some(b) => Value::from_bigint(b),
        None => Value::Int(0),
    })
}

fn trunc(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let x = one_arg(vm, &args, "__trunc__")?;
    to_int(vm, x.trunc())
}

fn floor(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let x = one_arg(vm, &args, "__floor__")?;
    to_int(vm, x.floor())
}

fn ceil(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let x = one_arg(vm, &args, "__ceil__")?;
    to_int(vm, x.ceil())
}

/// `float.__round__(ndigits=None)`: an int rounded half to even, or a float rounded on its
/// exact decimal value.
fn round(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = check(vm, "__round__", &args, 1, 2)?;
    let x = this(vm, &a[0], "__round__")?;
    match a.get(1) {
        None | Some(Value::None) => to_int(vm, x.round_ties_even()),
        Some(n) => {
            let nd = match n {
                Value::Long(b) => {
                    if num_traits::Signed::is_negative(&**b) {
                        i64::MIN
                    } else {
                        i64::MAX
                    }
                }
                _ => vm.index_value(n)?,
            };
            Ok(Value::float(num::round_float(x, nd)))
        }
    }
}

/// `x` as an exact fraction `(numerator, denominator)` in lowest terms.
pub fn integer_ratio(x: f64) -> (BigInt, BigInt) {
    if x == 0.0 {
        return (BigInt::zero(), BigInt::one());
    }
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let mut mant = bits & ((1 << 52) - 1);
    let mut e = if exp == 0 {
        -1074
    } else {
        mant |= 1 << 52;
        exp - 1075
    };
    while mant & 1 == 0 {
        mant >>= 1;
        e += 1;
    }
    let mut n = BigInt::from(mant);
    if x < 0.0 {
        n = -n;
    }
    if e >= 0 {
        (n << e as usize, BigInt::one())
    } else {
        (n, BigInt::one() << (-e) as usize)
    }
}

fn as_integer_ratio(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let x = one_arg(vm, &args, "as_integer_ratio")?;
    if x.is_infinite() {
        return Err(vm.new_error(
            ExcKind::OverflowError,
            "cannot convert Infinity to integer ratio",
        ));
    }
    if x.is_nan() {
        return Err(vm.value_error("cannot convert NaN to integer ratio"));
    }
    let (n, d) = integer_ratio(x);
    Ok(Value::tuple(vec![
        Value::from_bigint(n),
        Value::from_bigint(d),
    ]))
}

/// `float.hex()` (`float_hex`): `0x1.<13 hex digits>p<exp>`.
pub fn float_hex(x: f64) -> String {
    if x.is_nan() {
        return "nan".into();
    }
    if x.is_infinite() {
        return if x > 0.0 { "inf" } else { "-inf" }.into();
    }
    if x == 0.0 {
        return if x.is_sign_negative() {
            "-0x0.0p+0"
        } else {
            "0x0.0p+0"
        }
        .into();
    }
    let (m, e) = crate::hash::frexp(x.abs());
    let shift = 1 - (-1021 - e).max(0);
    let mut m = m * 2f64.powi(shift);
    let e = e - shift;
    let mut s = String::new();
    let d = m as u32;
    s.push(char::from_digit(d, 16).unwrap_or('0'));
    m -= d as f64;
    s.push('.');
    for _ in 0..13 {
        m *= 16.0;
        let d = m as u32;
        s.push(char::from_digit(d, 16).unwrap_or('0'));
        m -= d as f64;
    }
    let sign = if x < 0.0 { "-" } else { "" };
    let esign = if e < 0 { '-' } else { '+' };
    format!("{sign}0x{s}p{esign}{}", e.abs())
}

fn hex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let x = one_arg(vm, &args, "hex")?;
    Ok(Value::str(float_hex(x)))
}

/// Parses `float.fromhex`'s text; `Err(true)` on overflow, `Err(false)` when malformed.
pub fn parse_hex(text: &str) -> Result<f64, bool> {
    let t = text.trim_matches(|c: char| c.is_ascii_whitespace());
    let (neg, t) = match t.as_bytes().first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    let sign = if neg { -1.0 } else { 1.0 };
    let lower = t.to_ascii_lowercase();
    if lower == "inf" || lower == "infinity" {
        return Ok(sign * f64::INFINITY);
    }
    if lower == "nan" {
        return Ok(f64::NAN);
    }
    let body = lower.strip_prefix("0x").unwrap_or(&lower);
    let (mant, exp) = match body.find('p') {
        Some(i) => (&body[..i], Some(&body[i + 1..])),
        None => (body, None),
    };
    let (int_part, frac_part) = match mant.find('.') {
        Some(i) => (&mant[..i], &mant[i + 1..]),
        None => (mant, ""),
    };
    if int_part.is_empty() && frac_part.is_empty() {
        return Err(false);
    }
    let all_hex = |s: &str| s.bytes().all(|b| b.is_ascii_hexdigit());
    if !all_hex(int_part) || !all_hex(frac_part) {
        return Err(false);
    }
    let e: i64 = match exp {
        None => 0,
        Some(e) => {
            let digits = e.strip_prefix(['+', '-']).unwrap_or(e);
            if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
                return Err(false);
            }
            let v: i64 = digits
                .get(..digits.len().min(18))
                .unwrap_or("0")
                .parse()
                .unwrap_or(0);
            let v = if digits.len() > 18 { i64::MAX / 4 } else { v };
            if e.starts_with('-') {
                -v
            } else {
                v
            }
        }
    };
    let digits = format!("{int_part}{frac_part}");
    let n = BigInt::parse_bytes(digits.as_bytes(), 16).unwrap_or_default();
    if n.is_zero() {
        return Ok(sign * 0.0);
    }
    let e = e.saturating_sub(4 * frac_part.len() as i64);
    // value = n * 2**e, rounded half to even to 53 bits (fewer when subnormal).
    let bits = n.bits() as i64;
    let top = bits + e; // value < 2**top
    if top > 1024 {
        return Err(true);
    }
    let keep = if top - 53 < -1074 { top + 1074 } else { 53 };
    if keep <= 0 {
        // Below half the smallest subnormal, or exactly at most half of it.
        let half_exp = -1075i64;
        let is_above_half = top - 1 > half_exp
            || (top - 1 == half_exp && n.bits() > 0 && {
                let lowbits = bits - 1;
                let rest = &n - (BigInt::one() << lowbits as usize);
                !rest.is_zero()
            });
        return Ok(if keep == 0 && is_above_half {
            sign * f64::from_bits(1)
        } else {
            sign * 0.0
        });
    }
    let drop = bits - keep;
    let (mut m, mut e2) = if drop > 0 {
        let m = &n >> drop as usize;
        let rem = &n - (&m << drop as usize);
        let half = BigInt::one() << (drop - 1) as usize;
        let mut m = m;
        if rem > half || (rem == half && (&m & BigInt::one()) == BigInt::one()) {
            m += 1;
        }
        (m, e + drop)
    } else {
        (n, e)
    };
    if m.bits() as i64 > keep.max(53) {
        m >>= 1;
        e2 += 1;
    }
    let mf: f64 = num_traits::ToPrimitive::to_f64(&m).unwrap_or(0.0);
    let v = mf
        * 2f64.powi(e2.clamp(-1100, 1100) as i32 / 2)
        * 2f64.powi((e2.clamp(-1100, 1100) - e2.clamp(-1100, 1100) / 2) as i32);
    if v.is_infinite() {
        return Err(true);
    }
    Ok(sign * v)
}

fn fromhex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = check(vm, "fromhex", &args, 2, 2)?;
    let Value::Str(s) = &a[1] else {
        return Err(vm.type_error(format!(
            "fromhex() argument must be str, not {}",
            vm.type_name(&a[1])
        )));
    };
    let x = match parse_hex(&s.s) {
        Ok(x) => x,
        Err(true) => {
            return Err(vm.new_error(
                ExcKind::OverflowError,
                "hexadecimal value too large to represent as a float",
            ))
        }
        Err(false) => return Err(vm.value_error("invalid hexadecimal floating-point string")),
    };
    match &a[0] {
        Value::Type(t) if !Rc::ptr_eq(t, &vm.types.float) => {
            let cls = a[0].clone();
            vm.call(&cls, &[Value::float(x)])
        }
        _ => Ok(Value::float(x)),
    }
}

/// A binary dunder of float: `NotImplemented` unless the other operand is a float or an int.
fn binary(vm: &mut Vm, args: &Args, name: &str, op: BinOp, reflected: bool) -> PyResult<Value> {
    let a = check(vm, name, args, 2, 2)?;
    let x = Value::float(this(vm, &a[0], name)?);
    let y = match plain_float(&a[1]) {
        Some(f) => Value::float(f),
        None => match super::int::plain_int(&a[1]) {
            Some(i) => i,
            None => return Ok(Value::NotImplemented),
        },
    };
    let (l, r) = if reflected { (y, x) } else { (x, y) };
    match num::binary(vm, &l, &r, op) {
        Some(r) => r,
        None => Ok(Value::NotImplemented),
    }
}

macro_rules! binops {
    ($($name:ident $dunder:literal $op:ident $refl:literal;)*) => {
        $(fn $name(vm: &mut Vm, args: Args) -> PyResult<Value> {
            binary(vm, &args, $dunder, BinOp::$op, $refl)
        })*
    };
}

binops! {
    add "__add__" Add false;
    radd "__radd__" Add true;
    sub "__sub__" Sub false;
    rsub "__rsub__" Sub true;
    mul "__mul__" Mul false;
    rmul "__rmul__" Mul true;
    truediv "__truediv__" TrueDiv false;
    rtruediv "__rtruediv__" TrueDiv true;
    floordiv "__floordiv__" FloorDiv false;
    rfloordiv "__rfloordiv__" FloorDiv true;
    modulo "__mod__" Mod false;
    rmodulo "__rmod__" Mod true;
    pow "__pow__" Pow false;
    rpow "__rpow__" Pow true;
}

fn divmod_impl(vm: &mut Vm, args: &Args, name: &str, reflected: bool) -> PyResult<Value> {
    let q = binary(vm, args, name, BinOp::FloorDiv, reflected)?;
    if matches!(q, Value::NotImplemented) {
        return Ok(q);
    }
    let m = binary(vm, args, name, BinOp::Mod, reflected)?;
    Ok(Value::tuple(vec![q, m]))
}

fn divmod(vm: &mut Vm, args: Args) -> PyResult<Value> {
    divmod_impl(vm, &args, "__divmod__", false)
}

fn rdivmod(vm: &mut Vm, args: Args) -> PyResult<Value> {
    divmod_impl(vm, &args, "__rdivmod__", true)
}

fn compare(vm: &mut Vm, args: &Args, name: &str, op: crate::ops::CmpOp) -> PyResult<Value> {
    let a = check(vm, name, args, 2, 2)?;
    let x = this(vm, &a[0], name)?;
    let y = match plain_float(&a[1]) {
        Some(f) => num::Num::Float(f),
        None => match super::int::plain_int(&a[1]).and_then(|v| num::to_num(&v)) {
            Some(n) => n,
            None => return Ok(Value::NotImplemented),
        },
    };
    Ok(Value::bool(match num::compare(&num::Num::Float(x), &y) {
        Some(o) => op.test(o),
        None => op == crate::ops::CmpOp::Ne,
    }))
}

fn eq(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, &args, "__eq__", crate::ops::CmpOp::Eq)
}

fn ne(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, &args, "__ne__", crate::ops::CmpOp::Ne)
}

fn lt(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, &args, "__lt__", crate::ops::CmpOp::Lt)
}

fn le(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, &args, "__le__", crate::ops::CmpOp::Le)
}

fn gt(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, &args, "__gt__", crate::ops::CmpOp::Gt)
}

fn ge(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, &args, "__ge__", crate::ops::CmpOp::Ge)
}

fn repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let x = one_arg(vm, &args, "__repr__")?;
    Ok(Value::str(python_compiler::value::float_repr(x)))
}
