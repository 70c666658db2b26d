fn f() -> u8
struct S;
