package java.lang;

/**
 * Class mirrors. {@code vmClass} holds the address of the VM's Class structure in metaspace (VM contract:
 * runtime/rt_wkfields.def); everything else is computed from it by natives.
 */
public final class Class<T> implements java.io.Serializable, java.lang.reflect.Type {
    private long vmClass;
    private transient String name;
    private transient Object[] enumConstants;

    private Class() {
    }

    public String toString() {
        return (isInterface() ? "interface " : (isPrimitive() ? "" : "class ")) + getName();
    }

    public static Class<?> forName(String className) throws ClassNotFoundException {
        return forName0(className, true);
    }

    public static Class<?> forName(String name, boolean initialize, Object loader) throws ClassNotFoundException {
        return forName0(name, initialize);
    }

    private static native Class<?> forName0(String name, boolean initialize) throws ClassNotFoundException;

    public native boolean isInstance(Object obj);

    public native boolean isAssignableFrom(Class<?> cls);

    public native boolean isInterface();

    public native boolean isArray();

    public native boolean isPrimitive();

    public boolean isAnnotation() {
        return (getModifiers() & 0x2000) != 0;
    }

    public boolean isSynthetic() {
        return (getModifiers() & 0x1000) != 0;
    }

    public String getName() {
        String n = name;
        if (n == null)
            name = n = initName();
        return n;
    }

    private native String initName();

    public Object getClassLoader() {
        return null;
    }

    public native Class<? super T> getSuperclass();

    public native Class<?>[] getInterfaces();

    public native Class<?> getComponentType();

    public Class<?> componentType() {
        return getComponentType();
    }

    public Class<?> arrayType() {
        return arrayType0();
    }

    private native Class<?> arrayType0();

    public native int getModifiers();

    /** 0 top-level, 1 member, 2 local, 3 anonymous (from the InnerClasses and EnclosingMethod attributes). */
    private native int innerKind();

    private native String simpleBinaryName();

    public String getSimpleName() {
        if (isArray())
            return getComponentType().getSimpleName() + "[]";
        String simpleName = simpleBinaryName();
        if (simpleName == null) {
            simpleName = getName();
            simpleName = simpleName.substring(simpleName.lastIndexOf('.') + 1);
        }
        return simpleName;
    }

    public String getTypeName() {
        if (isArray()) {
            Class<?> cl = this;
            int dimensions = 0;
            while (cl.isArray()) {
                dimensions++;
                cl = cl.getComponentType();
            }
            return cl.getName() + "[]".repeat(dimensions);
        }
        return getName();
    }

    public String getCanonicalName() {
        if (isArray()) {
            String canonicalName = getComponentType().getCanonicalName();
            return canonicalName == null ? null : canonicalName + "[]";
        }
        int kind = innerKind();
        if (kind == 2 || kind == 3)
            return null;
        if (kind == 1) {
            String n = getName();
            String simple = simpleBinaryName();
            int cut = n.length() - simple.length() - 1;
            if (cut > 0) {
                try {
                    Class<?> outer = forName0(n.substring(0, cut), false);
                    String oc = outer.getCanonicalName();
                    return oc == null ? null : oc + "." + simple;
                } catch (ClassNotFoundException e) {
                    return n.replace('$', '.');
                }
            }
        }
        return getName();
    }

    public String getPackageName() {
        Class<?> c = this;
        while (c.isArray())
            c = c.getComponentType();
        if (c.isPrimitive())
            return "java.lang";
        String cn = c.getName();
        int dot = cn.lastIndexOf('.');
        return (dot != -1) ? cn.substring(0, dot).intern() : "";
    }

    public boolean isAnonymousClass() {
        return !isArray() && innerKind() == 3;
    }

    public boolean isLocalClass() {
        return !isArray() && innerKind() == 2;
    }

    public boolean isMemberClass() {
        return !isArray() && innerKind() == 1;
    }

    public boolean isEnum() {
        return (getModifiers() & 0x4000) != 0 && getSuperclass() == Enum.class;
    }

    public boolean isRecord() {
        return getSuperclass() == Record.class && isRecord0();
    }

    private native boolean isRecord0();

    public boolean isSealed() {
        return !isArray() && isSealed0();
    }

    private native boolean isSealed0();

    public Class<?>[] getPermittedSubclasses() {
        return isSealed() ? permittedSubclasses0() : null;
    }

    private native Class<?>[] permittedSubclasses0();

    /** The class named by InnerClasses (member classes) or EnclosingMethod (local and anonymous ones). */
    private native Class<?> outerClass0();

    public Class<?> getEnclosingClass() {
        return isArray() ? null : outerClass0();
    }

    public Class<?> getDeclaringClass() {
        return (isArray() || innerKind() != 1) ? null : outerClass0();
    }

    public Class<?> getNestHost() {
        return this;
    }

    public boolean isHidden() {
        return false;
    }

    public T[] getEnumConstants() {
        T[] values = getEnumConstantsShared();
        return (values != null) ? values.clone() : null;
    }

    T[] getEnumConstantsShared() {
        if (enumConstants == null) {
            if (!isEnum())
                return null;
            enumConstants = enumValues0();
        }
        return (T[]) enumConstants;
    }

    private native Object[] enumValues0();

    public T cast(Object obj) {
        if (obj != null && !isInstance(obj))
            throw new ClassCastException("Cannot cast " + obj.getClass().getName() + " to " + getName());
        return (T) obj;
    }

    public boolean desiredAssertionStatus() {
        return false;
    }

    static native Class<?> getPrimitiveClass(String name);

    public Package getPackage() {
        return null;
    }
}
