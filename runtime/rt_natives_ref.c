/* Natives of java.lang.ref, and the VM's way into the Java side of reference processing.
 *
 * The collector (gc/) clears Soft/Weak/PhantomReferences and links the cleared ones that have a queue onto
 * VM->heap.ref_pending through their `discovered` field (a root; the list ends with null). With one Java
 * thread there is no reference handler: java.lang.ref.Reference.processPendingReferences() takes the list
 * (getAndClearReferencePendingList below) and enqueues each reference, at every ReferenceQueue poll/remove,
 * and after System.gc() through rt_ref_process_pending. */
#include "rt_natives.h"

/* ---- java.lang.ref.Reference --------------------------------------------------------------------------- */
void n_Reference_getAndClearReferencePendingList(Thread *t, Slot *args, Slot *ret) {
    (void)t;
    (void)args;
    ret->l = VM->heap.ref_pending;
    VM->heap.ref_pending = NULL;
}

/* Runs Reference.processPendingReferences() when the collector has left anything pending: enqueues the
 * cleared references and runs the actions of Cleaners whose objects were found phantom reachable. Java code
 * runs, so it may allocate and collect: call it only where that is allowed (e.g. at the end of
 * Runtime.gc(), not inside a collection). Returns false with an exception pending. */
bool rt_ref_process_pending(Thread *t) {
    Object *head = VM->heap.ref_pending;
    if (!head) return true;
    /* A reference on the list has been constructed, so java/lang/ref/Reference is loaded and initialized:
     * find it as the list head's superclass instead of by a lookup that could load anything. */
    Class *c = head->klass;
    while (c && !rt_sym_eq(c->name, "java/lang/ref/Reference")) c = c->super;
    if (!c) rt_fatal("reference pending list holds a %s", head->klass->name->text);
    Method *m = rt_find_declared_method(c, "processPendingReferences", "()V");
    if (!m) rt_fatal("java/lang/ref/Reference.processPendingReferences()V is missing");
    return rt_call(t, m, NULL, NULL);
}
