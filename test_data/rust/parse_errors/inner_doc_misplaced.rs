struct S;
//! inner doc
fn f() {}
