#[derive(Debug)]
enum CalcError {
    StackUnderflow(String),
    UnknownToken(String),
    DivideByZero,
    LeftOver(usize),
}

fn pop(stack: &mut Vec<i64>, op: &str) -> Result<i64, CalcError> {
    match stack.pop() {
        Some(v) => Ok(v),
        None => Err(CalcError::StackUnderflow(op.to_string())),
    }
}

fn eval(expr: &str) -> Result<i64, CalcError> {
    let mut stack: Vec<i64> = Vec::new();
    for token in expr.split_whitespace() {
        if let Ok(n) = token.parse::<i64>() {
            stack.push(n);
            continue;
        }
        let b = pop(&mut stack, token)?;
        let a = pop(&mut stack, token)?;
        let r = match token {
            "+" => a + b,
            "-" => a - b,
            "*" => a * b,
            "/" => {
                if b == 0 {
                    return Err(CalcError::DivideByZero);
                }
                a / b
            }
            other => return Err(CalcError::UnknownToken(other.to_string())),
        };
        stack.push(r);
    }
    let result = pop(&mut stack, "end")?;
    if !stack.is_empty() {
        return Err(CalcError::LeftOver(stack.len()));
    }
    Ok(result)
}

fn explain(e: &CalcError) -> String {
    match e {
        CalcError::StackUnderflow(op) => format!("not enough operands for {:?}", op),
        CalcError::UnknownToken(t) => format!("unknown token {:?}", t),
        CalcError::DivideByZero => String::from("division by zero"),
        CalcError::LeftOver(n) => format!("{} values left on the stack", n),
    }
}

fn main() {
    for e in ["3 4 + 2 *", "5 1 2 + 4 * + 3 -", "1 +", "4 0 /", "2 3 ^", "1 2 3 +"] {
        let result = eval(e);
        println!("{:<20} => {:?}", e, result);
        if let Err(err) = &result {
            println!("{:<20}    {}", "", explain(err));
        }
    }
}
