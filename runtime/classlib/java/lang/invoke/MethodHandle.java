package java.lang.invoke;

/**
 * Present so that javac can compile invokedynamic call sites in the class library; Ember links those call
 * sites in the VM (runtime/rt_indy.c) and never creates instances of this class.
 */
public abstract class MethodHandle {
    MethodHandle() {
    }
}
