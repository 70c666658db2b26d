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

fn range_error(vm: &mut Vm) -> crate::PyErr {
    vm.new_error(ExcKind::OverflowError, "math range error")
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
            let r: f64 = $body;
            // A finite argument with an infinite result overflowed (CPython's math_1).
            if r.is_infinite() && $x.is_finite() {
                return Err(range_error(vm));
            }
            Ok(Value::float(r))
        }
    };
}

unary!(sqrt, "sqrt", |x| x.sqrt(), |x| x >= 0.0 || x.is_nan());
unary!(exp, "exp", |x| x.exp(), |_| true);
unary!(exp2, "exp2", |x| x.exp2(), |_| true);
unary!(expm1, "expm1", |x| x.exp_m1(), |_| true);
unary!(sin, "sin", |x| x.sin(), |x| !x.is_infinite());
unary!(cos, "cos", |x| x.cos(), |x| !x.is_infinite());
unary!(tan, "tan", |x| x.tan(), |x| !x.is_infinite());
unary!(atan, "atan", |x| x.atan(), |_| true);
unary!(asin, "asin", |x| x.asin(), |x| (-1.0..=1.0).contains(&x)
    || x.is_nan());
unary!(acos, "acos", |x| x.acos(), |x| (-1.0..=1.0).contains(&x)
    || x.is_nan());
unary!(sinh, "sinh", |x| x.sinh(), |_| true);
unary!(cosh, "cosh", |x| x.cosh(), |_| true);
unary!(tanh, "tanh", |x| x.tanh(), |_| true);
unary!(asinh, "asinh", |x| x.asinh(), |_| true);
unary!(acosh, "acosh", |x| x.acosh(), |x| x >= 1.0 || x.is_nan());
unary!(atanh, "atanh", |x| x.atanh(), |x| (x > -1.0 && x < 1.0)
    || x.is_nan());
unary!(log2, "log2", |x| x.log2(), |x| x > 0.0 || x.is_nan());
unary!(log10, "log10", |x| x.log10(), |x| x > 0.0 || x.is_nan());
unary!(log1p, "log1p", |x| x.ln_1p(), |x| x > -1.0 || x.is_nan());
unary!(cbrt, "cbrt", |x| libm_cbrt(x), |_| true);
unary!(erf, "erf", |x| libm_erf(x), |_| true);
unary!(erfc, "erfc", |x| libm_erfc(x), |_| true);
unary!(gamma, "gamma", |x| m_tgamma(x), |x| !(x <= 0.0
    && x == x.floor()));
unary!(lgamma, "lgamma", |x| m_lgamma(x), |x| !(x <= 0.0
    && x == x.floor()));

fn fabs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = crate::builtins::check(vm, "fabs", &args, 1, 1)?;
    Ok(Value::float(float_arg(vm, &a[0])?.abs()))
}

fn degrees(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = crate::builtins::check(vm, "degrees", &args, 1, 1)?;
    Ok(Value::float(float_arg(vm, &a[0])?.to_degrees()))
}

fn radians(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = crate::builtins::check(vm, "radians", &args, 1, 1)?;
    Ok(Value::float(float_arg(vm, &a[0])?.to_radians()))
}

mod c {
    extern "C" {
        pub fn erf(x: f64) -> f64;
        pub fn erfc(x: f64) -> f64;
        pub fn cbrt(x: f64) -> f64;
    }
}

fn libm_erf(x: f64) -> f64 {
    // SAFETY: the C library's erf is a pure function of its argument (CPython calls it too).
    unsafe { c::erf(x) }
}

fn libm_erfc(x: f64) -> f64 {
    // SAFETY: as above.
    unsafe { c::erfc(x) }
}

fn libm_cbrt(x: f64) -> f64 {
    // SAFETY: as above.
    unsafe { c::cbrt(x) }
}

// CPython's own gamma and lgamma (Modules/mathmodule.c): Lanczos' approximation, with
// CPython's constants written as CPython writes them.
#[allow(clippy::excessive_precision)]
mod lanczos {
    pub const LANCZOS_G: f64 = 6.024_680_040_776_729_583_740_234_375;
    pub const LANCZOS_G_MINUS_HALF: f64 = 5.524_680_040_776_729_583_740_234_375;
    pub const LANCZOS_NUM: [f64; 13] = [
        23531376880.410759688572007674451636754734846804940,
        42919803642.649098768957899047001988850926355848959,
        35711959237.355668049440185451547166705960488635843,
        17921034426.037209699919755754458931112671403265390,
        6039542586.3520280050642916443072979210699388420708,
        1439720407.3117216736632230727949123939715485786772,
        248874557.86205415651146038641322942321632125127801,
        31426415.585400194380614231628318205362874684987640,
        2876370.6289353724412254090516208496135991145378768,
        186056.26539522349504029498971604569928220784236328,
        8071.6720023658162106380029022722506138218516325024,
        210.82427775157934587250973392071336271166969580291,
        2.5066282746310002701649081771338373386264310793408,
    ];
    pub const LANCZOS_DEN: [f64; 13] = [
        0.0,
        39916800.0,
        120543840.0,
        150917976.0,
        105258076.0,
        45995730.0,
        13339535.0,
        2637558.0,
        357423.0,
        32670.0,
        1925.0,
        66.0,
        1.0,
    ];
}
use lanczos::*;

fn lanczos_sum(x: f64) -> f64 {
    let (mut num, mut den) = (0.0, 0.0);
    if x < 5.0 {
        for i in (0..13).rev() {
            num = num * x + LANCZOS_NUM[i];
            den = den * x + LANCZOS_DEN[i];
        }
    } else {
        for i in 0..13 {
            num = num / x + LANCZOS_NUM[i];
            den = den / x + LANCZOS_DEN[i];
        }
    }
    num / den
}

fn m_sinpi(x: f64) -> f64 {
    use std::f64::consts::PI;
    let y = x.abs() % 2.0;
    let r = match (2.0 * y).round() as i64 {
        0 => (PI * y).sin(),
        1 => (PI * (y - 0.5)).cos(),
        2 => (PI * (1.0 - y)).sin(),
        3 => -(PI * (y - 1.5)).cos(),
        _ => (PI * (y - 2.0)).sin(),
    };
    1.0f64.copysign(x) * r
}

fn m_tgamma(x: f64) -> f64 {
    if !x.is_finite() {
        return if x > 0.0 || x.is_nan() { x } else { f64::NAN };
    }
    if x == 0.0 {
        return 1.0 / x;
    }
    if x == x.floor() {
        if x < 0.0 {
            return f64::NAN;
        }
        if x <= 23.0 {
            let mut r = 1.0f64;
            for i in 2..(x as i64) {
                r *= i as f64;
            }
            return r;
        }
    }
    let absx = x.abs();
    if absx < 1e-20 {
        return 1.0 / x;
    }
    if absx > 200.0 {
        return if x < 0.0 {
            0.0 / m_sinpi(x)
        } else {
            f64::INFINITY
        };
    }
    let y = absx + LANCZOS_G_MINUS_HALF;
    let mut z = if absx > LANCZOS_G_MINUS_HALF {
        (y - absx) - LANCZOS_G_MINUS_HALF
    } else {
        (y - LANCZOS_G_MINUS_HALF) - absx
    };
    z = z * LANCZOS_G / y;
    let mut r;
    if x < 0.0 {
        r = -std::f64::consts::PI / m_sinpi(absx) / absx * y.exp() / lanczos_sum(absx);
        r -= z * r;
        if absx < 140.0 {
            r /= y.powf(absx - 0.5);
        } else {
            let s = y.powf(absx / 2.0 - 0.25);
            r /= s;
            r /= s;
        }
    } else {
        r = lanczos_sum(absx) / y.exp();
        r += z * r;
        if absx < 140.0 {
            r *= y.powf(absx - 0.5);
        } else {
            let s = y.powf(absx / 2.0 - 0.25);
            r *= s;
            r *= s;
        }
    }
    r
}

fn m_lgamma(x: f64) -> f64 {
    if !x.is_finite() {
        return if x.is_nan() { x } else { f64::INFINITY };
    }
    if x == x.floor() && x <= 2.0 {
        return if x <= 0.0 { f64::INFINITY } else { 0.0 };
    }
    let absx = x.abs();
    if absx < 1e-20 {
        return -absx.ln();
    }
    let mut r = lanczos_sum(absx).ln() - LANCZOS_G;
    r += (absx - 0.5) * ((absx + LANCZOS_G - 0.5).ln() - 1.0);
    if x < 0.0 {
        const LOGPI: f64 = 1.144_729_885_849_400_2;
        r = LOGPI - m_sinpi(absx).abs().ln() - absx.ln() - r;
    }
    r
}

fn isfinite(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = crate::builtins::check(vm, "isfinite", &args, 1, 1)?;
    let x = float_arg(vm, &a[0])?;
    Ok(Value::bool(x.is_finite()))
}

fn next_toward(x: f64, y: f64) -> f64 {
    if x.is_nan() || y.is_nan() {
        return f64::NAN;
    }
    if x == y {
        return y;
    }
    if x == 0.0 {
        return f64::from_bits(1).copysign(y);
    }
    let bits = x.to_bits();
    let up = (y > x) == (x > 0.0);
    f64::from_bits(if up { bits + 1 } else { bits - 1 })
}

fn nextafter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = crate::builtins::check(vm, "nextafter", &args, 2, 2)?;
    let x = float_arg(vm, &a[0])?;
    let y = float_arg(vm, &a[1])?;
    Ok(Value::float(next_toward(x, y)))
}

fn ulp(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = crate::builtins::check(vm, "ulp", &args, 1, 1)?;
    let x = float_arg(vm, &a[0])?.abs();
    if x.is_nan() || x.is_infinite() {
        return Ok(Value::float(x));
    }
    let up = next_toward(x, f64::INFINITY);
    if up.is_infinite() {
        return Ok(Value::float(x - next_toward(x, 0.0)));
    }
    Ok(Value::float(up - x))
}

fn remainder(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = crate::builtins::check(vm, "remainder", &args, 2, 2)?;
    let x = float_arg(vm, &a[0])?;
    let y = float_arg(vm, &a[1])?;
    if x.is_nan() || y.is_nan() {
        return Ok(Value::float(f64::NAN));
    }
    if x.is_infinite() || y == 0.0 {
        return Err(domain(vm));
    }
    if y.is_infinite() {
        return Ok(Value::float(x));
    }
    // CPython's m_remainder.
    let (absx, absy) = (x.abs(), y.abs());
    let m = absx % absy;
    let c = absy - m;
    let r = if m < c {
        m
    } else if m > c {
        -c
    } else {
        m - 2.0 * ((0.5 * (absx - m)) % absy)
    };
    Ok(Value::float(1.0f64.copysign(x) * r))
}

fn ldexp(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = crate::builtins::check(vm, "ldexp", &args, 2, 2)?;
    let mut x = float_arg(vm, &a[0])?;
    let mut e = match &a[1] {
        Value::Int(i) => *i,
        Value::Bool(b) => b.get() as i64,
        Value::Long(b) => {
            if num_traits::Signed::is_negative(&**b) {
                -100_000
            } else {
                100_000
            }
        }
        _ => return Err(vm.type_error("Expected an int as second argument to ldexp.")),
    };
    if x == 0.0 || !x.is_finite() {
        return Ok(Value::float(x));
    }
    let orig = x;
    while e > 0 && x.is_finite() {
        let step = e.min(1000);
        x *= 2f64.powi(step as i32);
        e -= step;
    }
    while e < 0 && x != 0.0 {
        let step = (-e).min(1000);
        // Halve in two steps so subnormal results round once, as C's ldexp does.
        if step > 1 {
            x *= 2f64.powi(-(step as i32 - 1));
            x *= 0.5;
        } else {
            x *= 0.5;
        }
        e += step;
    }
    if x.is_infinite() {
        return Err(range_error(vm));
    }
    if x == 0.0 {
        return Ok(Value::float(0.0f64.copysign(orig)));
    }
    Ok(Value::float(x))
}

fn frexp(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = crate::builtins::check(vm, "frexp", &args, 1, 1)?;
    let x = float_arg(vm, &a[0])?;
    if x == 0.0 || !x.is_finite() {
        return Ok(Value::tuple(vec![Value::float(x), Value::Int(0)]));
    }
    let bits = x.to_bits();
    let exp_bits = ((bits >> 52) & 0x7ff) as i64;
    let (m, e) = if exp_bits == 0 {
        // Subnormal: scale up first.
        let y = x * 2f64.powi(54);
        let yb = y.to_bits();
        let ye = ((yb >> 52) & 0x7ff) as i64;
        (
            f64::from_bits((yb & !(0x7ffu64 << 52)) | (1022u64 << 52)),
            ye - 1022 - 54,
        )
    } else {
        (
            f64::from_bits((bits & !(0x7ffu64 << 52)) | (1022u64 << 52)),
            exp_bits - 1022,
        )
    };
    Ok(Value::tuple(vec![Value::float(m), Value::Int(e)]))
}

fn dist(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = crate::builtins::check(vm, "dist", &args, 2, 2)?;
    let p = vm.to_vec(&a[0])?;
    let q = vm.to_vec(&a[1])?;
    if p.len() != q.len() {
        return Err(vm.value_error("both points must have the same number of dimensions"));
    }
    let mut acc = 0.0f64;
    for (x, y) in p.iter().zip(q.iter()) {
        let d = float_arg(vm, x)? - float_arg(vm, y)?;
        acc = acc.hypot(d);
    }
    Ok(Value::float(acc))
}

fn lcm(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let mut acc = num_bigint::BigInt::from(1);
    for v in args.args {
        let Some(b) = num::to_bigint(v) else {
            return Err(vm.type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                vm.type_name(v)
            )));
        };
        acc = num_integer::Integer::lcm(&acc, &b);
    }
    Ok(Value::from_bigint(acc))
}

/// The natural logarithm of a number, big ints included.
fn ln_of(vm: &mut Vm, v: &Value) -> PyResult<f64> {
    if let Value::Long(b) = v {
        if num_traits::Signed::is_negative(&**b) {
            return Err(domain(vm));
        }
        if num_traits::Zero::is_zero(&**b) {
            return Err(domain(vm));
        }
        // As CPython's loghelper: ints a double holds are converted; bigger ones are split
        // as x = m * 2**e with 0.5 <= m < 1, and ln(x) = ln(m) + e * ln(2).
        let bits = b.bits();
        if bits <= 1023 {
            let x = num::bigint_to_f64(vm, b)?;
            return Ok(x.ln());
        }
        let shift = bits - 64;
        let top = num::bigint_to_f64(vm, &(&**b >> shift as usize))?;
        let m = top / 2f64.powi(64);
        return Ok(m.ln() + std::f64::consts::LN_2 * bits as f64);
    }
    let x = float_arg(vm, v)?;
    if x.is_nan() {
        return Ok(x);
    }
    if x <= 0.0 {
        return Err(domain(vm));
    }
    Ok(x.ln())
}

fn log(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = crate::builtins::check(vm, "log", &args, 1, 2)?;
    let lx = ln_of(vm, &a[0])?;
    if a.len() == 2 {
        let lb = ln_of(vm, &a[1])?;
        if lb == 0.0 {
            return Err(vm.new_error(ExcKind::ZeroDivisionError, "float division by zero"));
        }
        return Ok(Value::float(lx / lb));
    }
    Ok(Value::float(lx))
}

fn pow(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = crate::builtins::check(vm, "pow", &args, 2, 2)?;
    let x = float_arg(vm, &a[0])?;
    let y = float_arg(vm, &a[1])?;
    // CPython's math_pow: C99 special values, domain and range errors.
    if !x.is_finite() || !y.is_finite() {
        let r = if x.is_nan() {
            if y == 0.0 {
                1.0
            } else {
                x
            }
        } else if y.is_nan() {
            if x == 1.0 {
                1.0
            } else {
                y
            }
        } else if x.is_infinite() {
            let odd_y = y.is_finite() && (y % 2.0).abs() == 1.0;
            if y > 0.0 {
                if odd_y {
                    x
                } else {
                    x.abs()
                }
            } else if y == 0.0 {
                1.0
            } else if odd_y {
                0.0f64.copysign(x)
            } else {
                0.0
            }
        } else if x.abs() == 1.0 {
            1.0
        } else if (y > 0.0) == (x.abs() > 1.0) {
            f64::INFINITY
        } else {
            0.0
        };
        return Ok(Value::float(r));
    }
    if x == 0.0 && y < 0.0 {
        return Err(domain(vm));
    }
    if x < 0.0 && y != y.floor() {
        return Err(domain(vm));
    }
    let r = x.powf(y);
    if r.is_infinite() {
        return Err(range_error(vm));
    }
    Ok(Value::float(r))
}

fn atan2(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = crate::builtins::check(vm, "atan2", &args, 2, 2)?;
    let y = float_arg(vm, &a[0])?;
    let x = float_arg(vm, &a[1])?;
    Ok(Value::float(y.atan2(x)))
}

fn hypot(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let mut acc = 0.0f64;
    for v in args.args {
        let x = float_arg(vm, v)?;
        acc = acc.hypot(x);
    }
    Ok(Value::float(acc))
}

fn to_int(vm: &mut Vm, v: &Value, f: fn(f64) -> f64, name: &str) -> PyResult<Value> {
    match v {
        Value::Int(_) | Value::Long(_) => Ok(v.clone()),
        Value::Bool(b) => Ok(Value::Int(b.get() as i64)),
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
        Value::Bool(b) => b.get() as i64,
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
    if rel < 0.0 || abs < 0.0 {
        return Err(vm.value_error("tolerances must be non-negative"));
    }
    if a == b {
        return Ok(Value::TRUE);
    }
    if a.is_infinite() || b.is_infinite() {
        return Ok(Value::FALSE);
    }
    let diff = (b - a).abs();
    Ok(Value::bool(
        diff <= (rel * b).abs() || diff <= (rel * a).abs() || diff <= abs,
    ))
}

fn isnan(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = crate::builtins::check(vm, "isnan", &args, 1, 1)?;
    let x = float_arg(vm, &a[0])?;
    Ok(Value::bool(x.is_nan()))
}

fn isinf(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = crate::builtins::check(vm, "isinf", &args, 1, 1)?;
    let x = float_arg(vm, &a[0])?;
    Ok(Value::bool(x.is_infinite()))
}

fn fsum(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = crate::builtins::check(vm, "fsum", &args, 1, 1)?;
    let items = vm.to_vec(&a[0])?;
    // CPython's math_fsum: Shewchuk's exact partial sums, rounded once at the end.
    let mut partials: Vec<f64> = Vec::new();
    let mut special_sum = 0.0f64;
    let mut inf_sum = 0.0f64;
    for v in &items {
        let xsave = float_arg(vm, v)?;
        let mut x = xsave;
        let mut i = 0;
        for j in 0..partials.len() {
            let mut y = partials[j];
            if x.abs() < y.abs() {
                std::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            let lo = y - (hi - x);
            if lo != 0.0 {
                partials[i] = lo;
                i += 1;
            }
            x = hi;
        }
        partials.truncate(i);
        if x != 0.0 {
            if !x.is_finite() {
                if xsave.is_finite() {
                    return Err(
                        vm.new_error(ExcKind::OverflowError, "intermediate overflow in fsum")
                    );
                }
                if xsave.is_infinite() {
                    inf_sum += xsave;
                }
                special_sum += xsave;
                partials.clear();
            } else {
                partials.push(x);
            }
        }
    }
    if special_sum != 0.0 {
        if inf_sum.is_nan() {
            return Err(vm.value_error("-inf + inf in fsum"));
        }
        return Ok(Value::float(special_sum));
    }
    let mut hi = 0.0f64;
    let mut n = partials.len();
    if n > 0 {
        n -= 1;
        hi = partials[n];
        let mut lo = 0.0f64;
        while n > 0 {
            let x = hi;
            n -= 1;
            let y = partials[n];
            hi = x + y;
            let yr = hi - x;
            lo = y - yr;
            if lo != 0.0 {
                break;
            }
        }
        if n > 0 && ((lo < 0.0 && partials[n - 1] < 0.0) || (lo > 0.0 && partials[n - 1] > 0.0)) {
            let y = lo * 2.0;
            let x = hi + y;
            let yr = x - hi;
            if y == yr {
                hi = x;
            }
        }
    }
    Ok(Value::float(hi))
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
    if n < 0 {
        return Err(vm.value_error("n must be a non-negative integer"));
    }
    if k < 0 {
        return Err(vm.value_error("k must be a non-negative integer"));
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
        _ => {
            if n < 0 {
                return Err(vm.value_error("factorial() not defined for negative values"));
            }
            n
        }
    };
    if n < 0 {
        return Err(vm.value_error("n must be a non-negative integer"));
    }
    if k < 0 {
        return Err(vm.value_error("k must be a non-negative integer"));
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
    Ok(Value::float(x.copysign(y)))
}

fn fmod(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = crate::builtins::check(vm, "fmod", &args, 2, 2)?;
    let x = float_arg(vm, &a[0])?;
    let y = float_arg(vm, &a[1])?;
    if y.is_infinite() && x.is_finite() {
        return Ok(Value::float(x));
    }
    if (y == 0.0 || x.is_infinite()) && !x.is_nan() && !y.is_nan() {
        return Err(domain(vm));
    }
    Ok(Value::float(x % y))
}

fn modf(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = crate::builtins::check(vm, "modf", &args, 1, 1)?;
    let x = float_arg(vm, &a[0])?;
    if x.is_infinite() {
        return Ok(Value::tuple(vec![
            Value::float(0.0f64.copysign(x)),
            Value::float(x),
        ]));
    }
    Ok(Value::tuple(vec![
        Value::float(x.fract()),
        Value::float(x.trunc()),
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
            ("exp2", exp2),
            ("expm1", expm1),
            ("sinh", sinh),
            ("cosh", cosh),
            ("tanh", tanh),
            ("asinh", asinh),
            ("acosh", acosh),
            ("atanh", atanh),
            ("log1p", log1p),
            ("cbrt", cbrt),
            ("erf", erf),
            ("erfc", erfc),
            ("gamma", gamma),
            ("lgamma", lgamma),
            ("isfinite", isfinite),
            ("nextafter", nextafter),
            ("ulp", ulp),
            ("remainder", remainder),
            ("ldexp", ldexp),
            ("frexp", frexp),
            ("dist", dist),
            ("lcm", lcm),
        ],
    );
    d.set_by_name("pi", Value::float(std::f64::consts::PI));
    d.set_by_name("e", Value::float(std::f64::consts::E));
    d.set_by_name("tau", Value::float(std::f64::consts::TAU));
    d.set_by_name("inf", Value::float(f64::INFINITY));
    d.set_by_name("nan", Value::float(f64::NAN));
}
