struct S;
#[derive(Debug)]
