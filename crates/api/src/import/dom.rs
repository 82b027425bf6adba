//! The few things the import asks of a parsed page (html5ever's tree, as
//! the sanitizer builds it): elements by name, attribute and class, their
//! text as a reader sees it, and taking one out.

use std::rc::Rc;

use html5ever::serialize::{SerializeOpts, TraversalScope, serialize};
use html5ever::tendril::TendrilSink;
use markup5ever_rcdom::{Handle, NodeData, RcDom, SerializableHandle};

/// `html` parsed as browsers parse it, mistakes and all. Keep the document
/// while its nodes are read: rcdom empties every node below it as it drops.
pub fn parse(html: &str) -> Handle {
    html5ever::parse_document(RcDom::default(), Default::default())
        .one(html)
        .document
}

/// The element's name, lower case; none for text and comments.
pub fn name(node: &Handle) -> Option<&str> {
    match &node.data {
        NodeData::Element { name, .. } => Some(&*name.local),
        _ => None,
    }
}

pub fn is(node: &Handle, element: &str) -> bool {
    name(node) == Some(element)
}

pub fn attribute(node: &Handle, attribute: &str) -> Option<String> {
    match &node.data {
        NodeData::Element { attrs, .. } => attrs
            .borrow()
            .iter()
            .find(|a| &*a.name.local == attribute)
            .map(|a| a.value.to_string()),
        _ => None,
    }
}

pub fn has_class(node: &Handle, class: &str) -> bool {
    attribute(node, "class").is_some_and(|classes| classes.split_whitespace().any(|c| c.eq_ignore_ascii_case(class)))
}

pub fn children(node: &Handle) -> Vec<Handle> {
    node.children.borrow().clone()
}

/// The node and everything below it, in document order.
pub fn descendants(node: &Handle) -> Vec<Handle> {
    let mut all = vec![node.clone()];
    let mut i = 0;
    while i < all.len() {
        let below = children(&all[i]);
        all.splice(i + 1..i + 1, below);
        i += 1;
    }
    all
}

/// The first element below `node` (or itself) that `wanted` picks.
pub fn find(node: &Handle, wanted: impl Fn(&Handle) -> bool) -> Option<Handle> {
    descendants(node).into_iter().find(|n| name(n).is_some() && wanted(n))
}

/// The words of `node` as one line: a line break is a space, runs of
/// white space (non-breaking ones too) are one space.
pub fn text(node: &Handle) -> String {
    let mut raw = String::new();
    for n in descendants(node) {
        match &n.data {
            NodeData::Text { contents } => raw.push_str(&contents.borrow()),
            NodeData::Element { .. } if is(&n, "br") => raw.push(' '),
            _ => {}
        }
    }
    collapse(&raw)
}

pub fn collapse(text: &str) -> String {
    text.split(|c: char| c.is_whitespace())
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

pub fn parent(node: &Handle) -> Option<Handle> {
    let weak = node.parent.take()?;
    node.parent.set(Some(weak.clone()));
    weak.upgrade()
}

/// Takes `node` out of the tree.
pub fn remove(node: &Handle) {
    if let Some(parent) = node.parent.take().and_then(|weak| weak.upgrade()) {
        parent.children.borrow_mut().retain(|child| !Rc::ptr_eq(child, node));
    }
}

/// Takes out `node` and the "·" or "|" that set it apart from the words before it.
pub fn remove_with_separator(node: &Handle) {
    if let Some(parent) = parent(node) {
        let siblings = children(&parent);
        let at = siblings.iter().position(|n| Rc::ptr_eq(n, node));
        if let Some(NodeData::Text { contents }) = at.and_then(|at| at.checked_sub(1)).map(|i| &siblings[i].data) {
            let mut text = contents.borrow_mut();
            let separator = text.len() - text.trim_end_matches([' ', '\u{a0}', '·', '|', '\n']).len();
            text.pop_back(separator as u32);
        }
    }
    remove(node);
}

/// Takes out `node` and the elements around it that hold nothing else,
/// up to (not including) `within`: the paragraph a title was written in
/// goes with it.
pub fn remove_with_wrappers(node: &Handle, within: &Handle) {
    let words = text(node);
    let mut line = node.clone();
    while let Some(parent) = parent(&line).filter(|p| !Rc::ptr_eq(p, within) && text(p) == words) {
        line = parent;
    }
    remove(&line);
}

/// What is inside `node`, as HTML.
pub fn inner_html(node: &Handle) -> String {
    let mut out = Vec::new();
    let options = SerializeOpts {
        traversal_scope: TraversalScope::ChildrenOnly(None),
        ..Default::default()
    };
    serialize(&mut out, &SerializableHandle::from(node.clone()), options).expect("writing to memory never fails");
    String::from_utf8(out).expect("html5ever writes UTF-8")
}
