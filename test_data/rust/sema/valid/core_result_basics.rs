#[derive(Debug)]
enum MathError {
    DivisionByZero,
    NegativeSquareRoot,
}

fn divide(a: f64, b: f64) -> Result<f64, MathError> {
    if b == 0.0 {
        Err(MathError::DivisionByZero)
    } else {
        Ok(a / b)
    }
}

fn sqrt(x: f64) -> Result<f64, MathError> {
    if x < 0.0 {
        Err(MathError::NegativeSquareRoot)
    } else {
        Ok(x.sqrt())
    }
}

fn main() {
    let cases = [(9.0, 3.0), (1.0, 0.0), (-8.0, 2.0)];
    for (a, b) in cases {
        match divide(a, b) {
            Ok(q) => match sqrt(q) {
                Ok(r) => println!("sqrt({} / {}) = {}", a, b, r),
                Err(e) => println!("sqrt({} / {}) failed: {:?}", a, b, e),
            },
            Err(e) => println!("{} / {} failed: {:?}", a, b, e),
        }
    }
    let r: Result<i32, String> = Err("bad".to_string());
    println!("is_err: {}, unwrap_or: {}", r.is_err(), r.clone().unwrap_or(-1));
    let ok: Result<i32, String> = Ok(10);
    println!("ok(): {:?}, err(): {:?}", ok.clone().ok(), r.err());
    if let Ok(v) = ok {
        println!("doubled: {:?}", Ok::<i32, String>(v * 2));
    }
}
