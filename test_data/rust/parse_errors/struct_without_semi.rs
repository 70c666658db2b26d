struct Unit
pub struct W;
