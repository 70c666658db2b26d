// Plain identifiers, underscores and Unicode (XID) names.
fn main() {
    let _ = 1;
    let _x1 = 2;
    let snake_case_name = 3;
    let CamelCase = 4;
    let ünïcödé = 5;
    let 变量 = 6;
    let a_ = _x1 + snake_case_name + CamelCase + ünïcödé + 变量;
}
