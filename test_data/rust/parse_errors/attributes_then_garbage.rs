#[doc = "x"]
#[path = "x.rs"]
|| fn f() {}
