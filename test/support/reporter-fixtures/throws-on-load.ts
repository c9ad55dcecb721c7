/** A module that cannot be loaded (as a missing export or a bad top-level statement would). */
throw new Error('this module fails to load');
