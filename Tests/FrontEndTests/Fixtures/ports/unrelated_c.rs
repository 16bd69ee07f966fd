// A small stack-based reverse Polish notation calculator.

#[derive(Debug, PartialEq)]
pub enum RpnError {
    StackUnderflow,
    DivisionByZero,
    UnknownToken(String),
    LeftoverValues(usize),
}

fn apply(op: &str, left: f64, right: f64) -> Result<f64, RpnError> {
    match op {
        "+" => Ok(left + right),
        "-" => Ok(left - right),
        "*" => Ok(left * right),
        "/" if right == 0.0 => Err(RpnError::DivisionByZero),
        "/" => Ok(left / right),
        _ => Err(RpnError::UnknownToken(op.to_string())),
    }
}

fn pop_pair(stack: &mut Vec<f64>) -> Result<(f64, f64), RpnError> {
    let right = stack.pop().ok_or(RpnError::StackUnderflow)?;
    let left = stack.pop().ok_or(RpnError::StackUnderflow)?;
    Ok((left, right))
}

pub fn evaluate(expression: &str) -> Result<f64, RpnError> {
    let mut stack: Vec<f64> = Vec::with_capacity(16);
    for token in expression.split_whitespace() {
        match token.parse::<f64>() {
            Ok(number) => stack.push(number),
            Err(_) => {
                let (left, right) = pop_pair(&mut stack)?;
                stack.push(apply(token, left, right)?);
            }
        }
    }
    match stack.len() {
        1 => Ok(stack[0]),
        0 => Err(RpnError::StackUnderflow),
        n => Err(RpnError::LeftoverValues(n)),
    }
}
