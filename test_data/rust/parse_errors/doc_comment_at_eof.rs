struct S;
/// at the end
