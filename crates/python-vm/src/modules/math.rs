//! The `math` module.

use std::rc::Rc;

use crate::dict::Dict;
use crate::exceptions::ExcKind;
use crate::interp::Vm;
use crate::num::{self, Num};
use crate::value::{Args, Value};
use crate::PyResult;

fn float_arg(vm: &mut Vm, v: &Value) -> PyResult<f64> {
    match num::to_num(v) {
        Some(Num::Int(i)) => Ok(i as f64),
        Some(Num::Big(b)) => num::bigint_to_f64(vm, &b),
        Some(Num::Float(f)) => Ok(f),
        None => {
            if let Some(r) = vm.call_special(v, "__float__", &[])? {
                return float_arg(vm, &r);
            }
            Err(vm.type_error(format!("must be real number, not {}", vm.type_name(v))))
        }
    }
}

fn domain(vm: &mut Vm) -> crate::PyErr {
    vm.value_error("math domain error")
}

macro_rules! unary {
    ($name:ident, $pyname:literal, |$x:ident| $body:expr, $ok:expr) => {
        fn $name(vm: &mut Vm, args: Args) -> PyResult<Value> {
            let a = crate::builtins::check(vm, $pyname, &args, 1, 1)?;
            let $x = float_arg(vm, &a[0])?;
            let ok: fn(f64) -> bool = $ok;
            if !ok($x) {
                return Err(domain(vm));
            }
            Ok(Value::Float($body))
        }
    };
}

unary!(sqrt, "sqrt", |x| x.sqrt(), |x| x >= 0.0 || x.is_nan());
unary!(exp, "exp", |x| x.exp(), |_| true);
unary!(sin, "sin", |x| x.sin(), |x| !x.is_infinite());
unary!(cos, "cos", |x| x.cos(), |x| !x.is_infinite());
unary!(tan, "tan", |x| x.tan(), |x| !x.is_infinite());
unary!(atan, "atan", |x| x.atan(), |_| true);
unary!(asin, "asin", |x| x.asin(), |x| (-1.0..=1.0).contains(&x));
unary!(acos, "acos", |x| x.acos(), |x| (-1.0..=1.0).contains(&x));
unary!(log2, "log2", |x| x.log2(), |x| x > 0.0);
unary!(log10, "log10", |x| x.log10(), |x| x > 0.0);
unary!(fabs, "fabs", |x| x.abs(), |_| true);
unary!(degrees, "degrees", |x| x.to_degrees(), |_| true);
unary!(radians, "radians", |x| x.to_radians(), |_| true);

fn log(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = crate::builtins::check(vm, "log", &args, 1, 2)?;
    let x = match &a[0] {
        Value::Long(b) => {
            // ln of a big int: scale down first.
            let bits = b.bits();
            if num_traits::Signed::is_negative(&**b) {
                return Err(domain(vm));
            }
            let shift = bits.saturating_sub(60);
            let top = num::bigint_to_f64(vm, &(&**b >> shift as usize))?;
            let lx = top.ln() + shift as f64 * std::f64::consts::LN_2;
            if a.len() == 2 {
                let base = float_arg(vm, &a[1])?;
                return Ok(Value::Float(lx / base.ln()));
            }
            return Ok(Value::Float(lx));
        }
        v => float_arg(vm, v)?,
    };
    if x <= 0.0 {
        return Err(domain(vm));
    }
    if a.len() == 2 {
        let base = float_arg(vm, &a[1])?;
        if base <= 0.0 {
            return Err(domain(vm));
        }
        let d = base.ln();
        if d == 0.0 {
            return Err(vm.new_error(ExcKind::ZeroDivisionError, "float division by zero"));
        }
        return Ok(Value::Float(x.ln() / d));
    }
    Ok(Value::Float(x.ln()))
}

fn pow(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = crate::builtins::check(vm, "pow", &args, 2, 2)?;
    let x = float_arg(vm, &a[0])?;
    let y = float_arg(vm, &a[1])?;
    if x == 0.0 && y < 0.0 {
        return Err(domain(vm));
    }
    num::float_pow(vm, x, y)
}

fn atan2(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = crate::builtins::check(vm, "atan2", &args, 2, 2)?;
    let y = float_arg(vm, &a[0])?;
    let x = float_arg(vm, &a[1])?;
    Ok(Value::Float(y.atan2(x)))
}

fn hypot(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let mut acc = 0.0f64;
    for v in args.args {
        let x = float_arg(vm, v)?;
        acc = acc.hypot(x);
    }
    Ok(Value::Float(acc))
}

fn to_int(vm: &mut Vm, v: &Value, f: fn(f64) -> f64, name: &str) -> PyResult<Value> {
    match v {
        Value::Int(_) | Value::Long(_) => Ok(v.clone()),
        Value::Bool(b) => Ok(Value::Int(*b as i64)),
        _ => {
            let x = float_arg(vm, v)?;
            if x.is_nan() {
                return Err(vm.value_error("cannot convert float NaN to integer"));
            }
            if x.is_infinite() {
                return Err(vm.new_error(
                    ExcKind::OverflowError,
                    "cannot convert float infinity to integer",
                ));
            }
            let _ = name;
            Ok(num::float_to_bigint(f(x)).map_or(Value::Int(0), Value::from_bigint))
        }
    }
}

fn floor(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = crate::builtins::check(vm, "floor", &args, 1, 1)?;
    if let Some(r) = vm.call_special(&a[0], "__floor__", &[])? {
        return Ok(r);
    }
    to_int(vm, &a[0], f64::floor, "floor")
}

fn ceil(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = crate::builtins::check(vm, "ceil", &args, 1, 1)?;
    if let Some(r) = vm.call_special(&a[0], "__ceil__", &[])? {
        return Ok(r);
    }
    to_int(vm, &a[0], f64::ceil, "ceil")
}

fn trunc(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = crate::builtins::check(vm, "trunc", &args, 1, 1)?;
    to_int(vm, &a[0], f64::trunc, "trunc")
}

fn gcd(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let mut acc = num_bigint::BigInt::from(0);
    for v in args.args {
        let Some(b) = num::to_bigint(v) else {
            return Err(vm.type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                vm.type_name(v)
            )));
        };
        acc = num_integer::Integer::gcd(&acc, &b);
    }
    Ok(Value::from_bigint(acc))
}

fn factorial(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = crate::builtins::check(vm, "factorial", &args, 1, 1)?;
    let n = match &a[0] {
        Value::Int(i) => *i,
        Value::Bool(b) => *b as i64,
        Value::Float(_) => {
            return Err(vm.type_error("'float' object cannot be interpreted as an integer"))
        }
        other => {
            return Err(vm.type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                vm.type_name(other)
            )))
        }
    };
    if n < 0 {
        return Err(vm.value_error("factorial() not defined for negative values"));
    }
    if n > 100_000 {
        return Err(vm.new_error_args(ExcKind::MemoryError, vec![]));
    }
    let mut acc = num_bigint::BigInt::from(1);
    for i in 2..=n {
        acc *= i;
    }
    Ok(Value::from_bigint(acc))
}

fn isqrt(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = crate::builtins::check(vm, "isqrt", &args, 1, 1)?;
    let Some(b) = num::to_bigint(&a[0]) else {
        return Err(vm.type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            vm.type_name(&a[0])
        )));
    };
    if num_traits::Signed::is_negative(&b) {
        return Err(vm.value_error("isqrt() argument must be nonnegative"));
    }
    Ok(Value::from_bigint(b.sqrt()))
}

fn isclose(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = args.positional();
    if pos.len() != 2 {
        return Err(vm.type_error("isclose() takes exactly 2 positional arguments"));
    }
    let a = float_arg(vm, &pos[0])?;
    let b = float_arg(vm, &pos[1])?;
    let rel = match args.kw("rel_tol") {
        Some(v) => float_arg(vm, v)?,
        None => 1e-9,
    };
    let abs = match args.kw("abs_tol") {
        Some(v) => float_arg(vm, v)?,
        None => 0.0,
    };
    if a == b {
        return Ok(Value::Bool(true));
    }
    if a.is_infinite() || b.is_infinite() {
        return Ok(Value::Bool(false));
    }
    let diff = (b - a).abs();
    Ok(Value::Bool(
        diff <= (rel * b).abs() || diff <= (rel * a).abs() || diff <= abs,
    ))
}

fn isnan(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = crate::builtins::check(vm, "isnan", &args, 1, 1)?;
    let x = float_arg(vm, &a[0])?;
    Ok(Value::Bool(x.is_nan()))
}

fn isinf(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = crate::builtins::check(vm, "isinf", &args, 1, 1)?;
    let x = float_arg(vm, &a[0])?;
    Ok(Value::Bool(x.is_infinite()))
}

fn fsum(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = crate::builtins::check(vm, "fsum", &args, 1, 1)?;
    let items = vm.to_vec(&a[0])?;
    // Neumaier summation, exact enough for the common cases.
    let mut sum = 0.0f64;
    let mut c = 0.0f64;
    for v in &items {
        let x = float_arg(vm, v)?;
        let t = sum + x;
        if sum.abs() >= x.abs() {
            c += (sum - t) + x;
        } else {
            c += (x - t) + sum;
        }
        sum = t;
    }
    Ok(Value::Float(sum + c))
}

fn prod(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = args.positional();
    let Some(it) = pos.first() else {
        return Err(vm.type_error("prod() missing required argument"));
    };
    let mut acc = args.kw("start").cloned().unwrap_or(Value::Int(1));
    let items = vm.to_vec(it)?;
    for x in &items {
        acc = vm.binary_op(&acc, x, 5)?;
    }
    Ok(acc)
}

fn comb(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = crate::builtins::check(vm, "comb", &args, 2, 2)?;
    let n = vm.index_value(&a[0])?;
    let k = vm.index_value(&a[1])?;
    if n < 0 || k < 0 {
        return Err(vm.value_error("n must be a non-negative integer"));
    }
    if k > n {
        return Ok(Value::Int(0));
    }
    let k = k.min(n - k);
    let mut acc = num_bigint::BigInt::from(1);
    for i in 0..k {
        acc = acc * (n - i) / (i + 1);
    }
    Ok(Value::from_bigint(acc))
}

fn perm(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = crate::builtins::check(vm, "perm", &args, 1, 2)?;
    let n = vm.index_value(&a[0])?;
    let k = match a.get(1) {
        Some(v) if !v.is_none() => vm.index_value(v)?,
        _ => n,
    };
    if n < 0 || k < 0 {
        return Err(vm.value_error("n must be a non-negative integer"));
    }
    if k > n {
        return Ok(Value::Int(0));
    }
    let mut acc = num_bigint::BigInt::from(1);
    for i in 0..k {
        acc *= n - i;
    }
    Ok(Value::from_bigint(acc))
}

fn copysign(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = crate::builtins::check(vm, "copysign", &args, 2, 2)?;
    let x = float_arg(vm, &a[0])?;
    let y = float_arg(vm, &a[1])?;
    Ok(Value::Float(x.copysign(y)))
}

fn fmod(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = crate::builtins::check(vm, "fmod", &args, 2, 2)?;
    let x = float_arg(vm, &a[0])?;
    let y = float_arg(vm, &a[1])?;
    if y == 0.0 {
        return Err(domain(vm));
    }
    Ok(Value::Float(x % y))
}

fn modf(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = crate::builtins::check(vm, "modf", &args, 1, 1)?;
    let x = float_arg(vm, &a[0])?;
    Ok(Value::tuple(vec![
        Value::Float(x.fract()),
        Value::Float(x.trunc()),
    ]))
}

/// Fills the `math` namespace.
pub fn fill(_vm: &mut Vm, d: &Rc<Dict>) {
    super::add_functions(
        d,
        &[
            ("sqrt", sqrt),
            ("exp", exp),
            ("sin", sin),
            ("cos", cos),
            ("tan", tan),
            ("atan", atan),
            ("asin", asin),
            ("acos", acos),
            ("atan2", atan2),
            ("hypot", hypot),
            ("log", log),
            ("log2", log2),
            ("log10", log10),
            ("fabs", fabs),
            ("degrees", degrees),
            ("radians", radians),
            ("pow", pow),
            ("floor", floor),
            ("ceil", ceil),
            ("trunc", trunc),
            ("gcd", gcd),
            ("factorial", factorial),
            ("isqrt", isqrt),
            ("isclose", isclose),
            ("isnan", isnan),
            ("isinf", isinf),
            ("fsum", fsum),
            ("prod", prod),
            ("comb", comb),
            ("perm", perm),
            ("copysign", copysign),
            ("fmod", fmod),
            ("modf", modf),
        ],
    );
    d.set_by_name("pi", Value::Float(std::f64::consts::PI));
    d.set_by_name("e", Value::Float(std::f64::consts::E));
    d.set_by_name("tau", Value::Float(std::f64::consts::TAU));
    d.set_by_name("inf", Value::Float(f64::INFINITY));
    d.set_by_name("nan", Value::Float(f64::NAN));
}
