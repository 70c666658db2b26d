struct S;
#![allow(unused)]
fn f() {}
