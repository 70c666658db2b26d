//! The methods and attributes of `int` (and so of `bool`): `bit_length`, `to_bytes`,
//! `from_bytes`, `as_integer_ratio`, `__round__`..., and the arithmetic dunders registered on
//! the type so that `int.__add__(1, 2)` and subclasses of int work as in CPython.

use std::cell::RefCell;
use std::rc::Rc;

use num_bigint::{BigInt, Sign};
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive, Zero};

use crate::builtins::check;
use crate::exceptions::ExcKind;
use crate::interp::Vm;
use crate::num::{self, BinOp};
use crate::value::*;
use crate::PyResult;

/// Installs the methods of int.
pub fn install(vm: &mut Vm) {
    let int = vm.types.int.clone();
    int.add_methods(&[
        ("bit_length", bit_length),
        ("bit_count", bit_count),
        ("conjugate", to_int),
        ("as_integer_ratio", as_integer_ratio),
        ("to_bytes", to_bytes),
        ("__index__", to_int),
        ("__int__", to_int),
        ("__trunc__", to_int),
        ("__floor__", to_int),
        ("__ceil__", to_int),
        ("__pos__", to_int),
        ("__float__", to_float),
        ("__neg__", neg),
        ("__abs__", abs),
        ("__invert__", invert),
        ("__bool__", to_bool),
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
        ("__lshift__", lshift),
        ("__rlshift__", rlshift),
        ("__rshift__", rshift),
        ("__rrshift__", rrshift),
        ("__and__", and),
        ("__rand__", rand),
        ("__or__", or),
        ("__ror__", ror),
        ("__xor__", xor),
        ("__rxor__", rxor),
        ("__divmod__", divmod),
        ("__rdivmod__", rdivmod),
        ("__eq__", eq),
        ("__ne__", ne),
        ("__lt__", lt),
        ("__le__", le),
        ("__gt__", gt),
        ("__ge__", ge),
    ]);
    for (name, get) in [
        ("real", to_int as NativeFn),
        ("numerator", to_int),
        ("imag", zero),
        ("denominator", one),
    ] {
        int.dict.set_by_name(name, property(name, get));
    }
    let from_bytes = crate::builtins::builtin("from_bytes", from_bytes);
    int.dict.set_by_name(
        "from_bytes",
        Value::Other(Rc::new(Other {
            kind: OtherKind::ClassMethod(from_bytes),
        })),
    );
}

/// A read-only attribute computed by `get` (a getset descriptor).
pub fn property(name: &'static str, get: NativeFn) -> Value {
    Value::Other(Rc::new(Other {
        kind: OtherKind::Property {
            fget: crate::builtins::builtin(name, get),
            fset: RefCell::new(Value::None),
            fdel: RefCell::new(Value::None),
            doc: Value::None,
        },
    }))
}

/// The int a value holds (ints, bools, instances of int subclasses), as a plain int value.
pub fn plain_int(v: &Value) -> Option<Value> {
    match v {
        Value::Int(_) | Value::Long(_) => Some(v.clone()),
        Value::Bool(b) => Some(Value::Int(b.get() as i64)),
        Value::Instance(_) => match Vm::builtin_payload(v) {
            Some(p @ (Value::Int(_) | Value::Long(_))) => Some(p),
            Some(Value::Bool(b)) => Some(Value::Int(b.get() as i64)),
            _ => None,
        },
        _ => None,
    }
}

fn this(vm: &mut Vm, v: &Value, method: &str) -> PyResult<Value> {
    match plain_int(v) {
        Some(i) => Ok(i),
        None => Err(vm.type_error(format!(
            "descriptor '{method}' for 'int' objects doesn't apply to a '{}' object",
            vm.type_name(v)
        ))),
    }
}

fn big(v: &Value) -> BigInt {
    num::to_bigint(v).unwrap_or_default()
}

fn one_arg(vm: &mut Vm, args: &Args, name: &str) -> PyResult<Value> {
    let a = check(vm, name, args, 1, 1)?;
    this(vm, &a[0], name)
}

fn bit_length(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = one_arg(vm, &args, "bit_length")?;
    Ok(Value::Int(match v {
        Value::Int(i) => 64 - i.unsigned_abs().leading_zeros() as i64,
        other => big(&other).bits() as i64,
    }))
}

fn bit_count(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = one_arg(vm, &args, "bit_count")?;
    Ok(Value::Int(match v {
        Value::Int(i) => i.unsigned_abs().count_ones() as i64,
        other => big(&other)
            .magnitude()
            .iter_u64_digits()
            .map(|d| d.count_ones() as i64)
            .sum(),
    }))
}

fn to_int(vm: &mut Vm, args: Args) -> PyResult<Value> {
    one_arg(vm, &args, "__int__")
}

fn zero(vm: &mut Vm, args: Args) -> PyResult<Value> {
    one_arg(vm, &args, "imag")?;
    Ok(Value::Int(0))
}

fn one(vm: &mut Vm, args: Args) -> PyResult<Value> {
    one_arg(vm, &args, "denominator")?;
    Ok(Value::Int(1))
}

fn to_float(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = one_arg(vm, &args, "__float__")?;
    match v {
        Value::Int(i) => Ok(Value::float(i as f64)),
        other => Ok(Value::float(num::bigint_to_f64(vm, &big(&other))?)),
    }
}

fn to_bool(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = one_arg(vm, &args, "__bool__")?;
    Ok(Value::bool(!matches!(v, Value::Int(0))))
}

fn neg(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = one_arg(vm, &args, "__neg__")?;
    Ok(Value::from_bigint(-big(&v)))
}

fn abs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = one_arg(vm, &args, "__abs__")?;
    Ok(Value::from_bigint(big(&v).abs()))
}

fn invert(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = one_arg(vm, &args, "__invert__")?;
    Ok(Value::from_bigint(-big(&v) - 1))
}

fn as_integer_ratio(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = one_arg(vm, &args, "as_integer_ratio")?;
    Ok(Value::tuple(vec![v, Value::Int(1)]))
}

/// `int.__round__(ndigits)`: half to even at `10**-ndigits` (`long_round`).
fn round(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = check(vm, "__round__", &args, 1, 2)?;
    let v = this(vm, &a[0], "__round__")?;
    let nd = match a.get(1) {
        None | Some(Value::None) => return Ok(v),
        Some(n) => match plain_int(n) {
            Some(n) => big(&n),
            None => {
                return Err(vm.type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    vm.type_name(n)
                )))
            }
        },
    };
    if !nd.is_negative() {
        return Ok(v);
    }
    let Some(exp) = (-nd).to_u32() else {
        return Ok(Value::Int(0));
    };
    let x = big(&v);
    let p = num_traits::pow(BigInt::from(10), exp as usize);
    let (mut q, r) = x.div_mod_floor(&p);
    let twice = &r * 2;
    if twice > p || (twice == p && q.is_odd()) {
        q += 1;
    }
    Ok(Value::from_bigint(q * p))
}

/// The keyword arguments and positionals of a method with optional keywords.
fn bind<'a>(
    vm: &mut Vm,
    args: &Args<'a>,
    name: &str,
    names: &[&str],
) -> PyResult<Vec<Option<&'a Value>>> {
    let pos = args.positional();
    let mut out: Vec<Option<&Value>> = vec![None; names.len()];
    if pos.len() > names.len() {
        return Err(vm.type_error(format!(
            "{name}() takes at most {} arguments ({} given)",
            names.len() - 1,
            pos.len() - 1
        )));
    }
    for (i, v) in pos.iter().enumerate() {
        out[i] = Some(v);
    }
    for (k, v) in args.keywords() {
        match names.iter().position(|n| *n == k) {
            Some(i) if out[i].is_none() => out[i] = Some(v),
            Some(_) => {
                return Err(vm.type_error(format!(
                    "argument for {name}() given by name ('{k}') and position"
                )))
            }
            None => {
                return Err(
                    vm.type_error(format!("{name}() got an unexpected keyword argument '{k}'"))
                )
            }
        }
    }
    Ok(out)
}

fn byteorder(vm: &mut Vm, v: Option<&Value>) -> PyResult<bool> {
    match v {
        None => Ok(false),
        Some(Value::Str(s)) => match s.s.as_str() {
            "little" => Ok(true),
            "big" => Ok(false),
            _ => Err(vm.value_error("byteorder must be either 'little' or 'big'")),
        },
        Some(other) => Err(vm.type_error(format!(
            "to_bytes() argument 'byteorder' must be str, not {}",
            vm.type_name(other)
        ))),
    }
}

/// `int.to_bytes(length=1, byteorder='big', *, signed=False)`.
fn to_bytes(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = bind(
        vm,
        &args,
        "to_bytes",
        &["self", "length", "byteorder", "signed"],
    )?;
    let v = this(vm, a[0].unwrap_or(&Value::None), "to_bytes")?;
    let length = match a[1] {
        Some(l) => vm.index_value(l)?,
        None => 1,
    };
    if length < 0 {
        return Err(vm.value_error("length argument must be non-negative"));
    }
    let little = byteorder(vm, a[2])?;
    let signed = match a[3] {
        Some(s) => vm.truthy(s)?,
        None => false,
    };
    let x = big(&v);
    if x.is_negative() && !signed {
        return Err(vm.new_error(
            ExcKind::OverflowError,
            "can't convert negative int to unsigned",
        ));
    }
    let mut bytes = if signed {
        x.to_signed_bytes_le()
    } else {
        x.to_bytes_le().1
    };
    if x.is_zero() {
        bytes.clear();
    }
    let length = length as usize;
    if bytes.len() > length {
        return Err(vm.new_error(ExcKind::OverflowError, "int too big to convert"));
    }
    let fill = if x.is_negative() { 0xff } else { 0 };
    bytes.resize(length, fill);
    if !little {
        bytes.reverse();
    }
    Ok(Value::Bytes(Rc::new(PyBytes { b: bytes })))
}

/// `int.from_bytes(bytes, byteorder='big', *, signed=False)` (a classmethod).
fn from_bytes(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = bind(
        vm,
        &args,
        "from_bytes",
        &["cls", "bytes", "byteorder", "signed"],
    )?;
    let Some(src) = a[1] else {
        return Err(vm.type_error("from_bytes() missing required argument 'bytes' (pos 1)"));
    };
    let mut bytes: Vec<u8> = match src {
        Value::Bytes(b) => b.b.clone(),
        Value::Str(_) => {
            return Err(vm.type_error("cannot convert 'str' object to bytes"));
        }
        other => {
            let mut out = Vec::new();
            for item in vm.to_vec(other)? {
                let n = vm.index_value(&item)?;
                if !(0..256).contains(&n) {
                    return Err(vm.value_error("bytes must be in range(0, 256)"));
                }
                out.push(n as u8);
            }
            out
        }
    };
    let little = byteorder(vm, a[2])?;
    let signed = match a[3] {
        Some(s) => vm.truthy(s)?,
        None => false,
    };
    if !little {
        bytes.reverse();
    }
    let x = if signed {
        BigInt::from_signed_bytes_le(&bytes)
    } else {
        BigInt::from_bytes_le(Sign::Plus, &bytes)
    };
    let result = Value::from_bigint(x);
    match a[0] {
        Some(Value::Type(t)) if !Rc::ptr_eq(t, &vm.types.int) => {
            let cls = Value::Type(t.clone());
            vm.call(&cls, &[result])
        }
        _ => Ok(result),
    }
}

/// A binary dunder of int: `NotImplemented` unless the other operand is an int.
fn binary(vm: &mut Vm, args: &Args, name: &str, op: BinOp, reflected: bool) -> PyResult<Value> {
    let a = check(vm, name, args, 2, 2)?;
    let x = this(vm, &a[0], name)?;
    let Some(y) = plain_int(&a[1]) else {
        return Ok(Value::NotImplemented);
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
    lshift "__lshift__" LShift false;
    rlshift "__rlshift__" LShift true;
    rshift "__rshift__" RShift false;
    rrshift "__rrshift__" RShift true;
    and "__and__" And false;
    rand "__rand__" And true;
    or "__or__" Or false;
    ror "__ror__" Or true;
    xor "__xor__" Xor false;
    rxor "__rxor__" Xor true;
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

fn compare(
    vm: &mut Vm,
    args: &Args,
    name: &str,
    test: fn(std::cmp::Ordering) -> bool,
) -> PyResult<Value> {
    let a = check(vm, name, args, 2, 2)?;
    let x = this(vm, &a[0], name)?;
    let Some(y) = plain_int(&a[1]) else {
        return Ok(Value::NotImplemented);
    };
    Ok(Value::bool(test(big(&x).cmp(&big(&y)))))
}

fn eq(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, &args, "__eq__", |o| o.is_eq())
}

fn ne(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, &args, "__ne__", |o| o.is_ne())
}

fn lt(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, &args, "__lt__", |o| o.is_lt())
}

fn le(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, &args, "__le__", |o| o.is_le())
}

fn gt(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, &args, "__gt__", |o| o.is_gt())
}

fn ge(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, &args, "__ge__", |o| o.is_ge())
}

fn repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = one_arg(vm, &args, "__repr__")?;
    Ok(Value::str(vm.repr(&v)?))
}
