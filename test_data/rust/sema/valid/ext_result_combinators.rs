#[derive(Debug)]
enum CalcError {
    DivByZero,
    Negative(i64),
}

fn divide(a: i64, b: i64) -> Result<i64, CalcError> {
    if b == 0 {
        Err(CalcError::DivByZero)
    } else {
        Ok(a / b)
    }
}

fn sqrt_floor(x: i64) -> Result<i64, CalcError> {
    if x < 0 {
        return Err(CalcError::Negative(x));
    }
    let mut r = 0;
    while (r + 1) * (r + 1) <= x {
        r += 1;
    }
    Ok(r)
}

fn pipeline(a: i64, b: i64) -> Result<i64, CalcError> {
    let q = divide(a, b)?;
    sqrt_floor(q).map(|r| r + 1)
}

fn main() {
    println!("{:?}", pipeline(100, 4));
    println!("{:?}", pipeline(1, 0));
    println!("{:?}", pipeline(-50, 2));
    let text = divide(9, 3).map_err(|e| format!("failed: {:?}", e));
    println!("{:?}", text);
    let fallback = divide(1, 0).unwrap_or(-1);
    println!("{}", fallback);
    let chained = divide(64, 4).and_then(sqrt_floor);
    println!("{:?} ok={}", chained, chained.is_ok());
    let as_opt = sqrt_floor(-1).ok();
    println!("{:?}", as_opt);
    let by_ref = divide(8, 2);
    if let Ok(v) = by_ref.as_ref() {
        println!("still have {}", v);
    }
    println!("{}", by_ref.unwrap_or_else(|_| 0));
    if let Err(CalcError::Negative(n)) = sqrt_floor(-4) {
        println!("negative input {}", n);
    }
}
