//! Objects that modules define in Rust (files, locks, threads, deques, partials...): the
//! trait they implement so the object protocols can reach them.

use std::any::Any;
use std::rc::Rc;

use crate::interp::Vm;
use crate::types::Type;
use crate::value::{Args, Value};
use crate::PyResult;

/// A runtime object implemented in Rust. Its methods live in its type's dict, as functions
/// that receive the object first and downcast it with [`NativeObject::as_any`].
pub trait NativeObject: Any {
    /// The object's class.
    fn class(&self, vm: &Vm) -> Rc<Type>;

    /// Attributes that are not methods (`f.closed`, `t.name`...).
    fn getattr(&self, _vm: &mut Vm, _name: &str) -> PyResult<Option<Value>> {
        Ok(None)
    }

    /// Sets an attribute; false when the object has no such settable attribute.
    fn setattr(&self, _vm: &mut Vm, _name: &str, _value: Value) -> PyResult<bool> {
        Ok(false)
    }

    /// Calls the object (for callable objects such as `functools.partial`).
    fn call(&self, _vm: &mut Vm, _args: Args) -> PyResult<Option<Value>> {
        Ok(None)
    }

    /// True when the object can be called.
    fn callable(&self) -> bool {
        false
    }

    /// The object's repr, when it has its own.
    fn repr(&self, _vm: &mut Vm) -> PyResult<Option<String>> {
        Ok(None)
    }

    /// The object as `Any`, to downcast in its methods.
    fn as_any(&self) -> &dyn Any;
}

/// The native object inside a value, downcast to `T`.
pub fn downcast<T: 'static>(v: &Value) -> Option<&T> {
    match v {
        Value::Other(o) => match &o.kind {
            crate::value::OtherKind::Native(n) => n.as_any().downcast_ref::<T>(),
            _ => None,
        },
        _ => None,
    }
}

/// Wraps a native object into a value.
pub fn wrap(obj: impl NativeObject) -> Value {
    Value::Other(Rc::new(crate::value::Other {
        kind: crate::value::OtherKind::Native(Box::new(obj)),
    }))
}
