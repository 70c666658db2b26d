fn main() {
    let a = "ab";
    let b = r"ab";
    let c = b"ab";
}
/// docwith a bare CR
fn f() {}
/** blockdoc */
fn g() {}
