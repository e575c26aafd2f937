//! A global allocator that zeroes every block it frees (and never lets a reallocation leave
//! the old block unwiped), so journal text, PINs typed into the calculator and strings handed
//! across the FFI do not linger in freed heap after a quick exit. Each final artifact opts in
//! with `#[global_allocator]`: the phone library (`harbour-ffi`) does, and so do the tests
//! that scan memory.

use std::alloc::{GlobalAlloc, Layout, System};

pub struct WipingAllocator;

// SAFETY: every method forwards to `System` with the caller's layout; `dealloc` only writes
// within the block it is about to free, and `realloc` copies within both blocks.
unsafe impl GlobalAlloc for WipingAllocator {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        unsafe { System.alloc(layout) }
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        unsafe { System.alloc_zeroed(layout) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        unsafe {
            zeroize::Zeroize::zeroize(std::slice::from_raw_parts_mut(ptr, layout.size()));
            System.dealloc(ptr, layout)
        }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        unsafe {
            let new_layout = Layout::from_size_align_unchecked(new_size, layout.align());
            let new = System.alloc(new_layout);
            if !new.is_null() {
                std::ptr::copy_nonoverlapping(ptr, new, layout.size().min(new_size));
                self.dealloc(ptr, layout);
            }
            new
        }
    }
}
