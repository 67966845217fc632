import java.util.*;
public class ObjectsUtil {
    public static void main(String[] args) {
        System.out.println(Objects.equals(null, null) + " " + Objects.equals("a", null) + " " + Objects.equals("a", "a") + " " + Objects.deepEquals(new int[]{1}, new int[]{1}));
        System.out.println(Objects.hashCode(null) + " " + Objects.hashCode("a") + " " + Objects.hash(1, 2, 3) + " " + Arrays.hashCode(new Object[]{1, 2, 3}));
        System.out.println(Objects.toString(null) + " " + Objects.toString(null, "dflt") + " " + Objects.toString(5, "dflt"));
        System.out.println(Objects.isNull(null) + " " + Objects.nonNull(null) + " " + Objects.requireNonNullElse(null, "else") + " " + Objects.requireNonNullElseGet(null, () -> "got"));
        try { Objects.requireNonNull(null, "must not be null"); } catch (NullPointerException e) { System.out.println("NPE: " + e.getMessage()); }
        try { Objects.requireNonNull(null, () -> "supplied msg"); } catch (NullPointerException e) { System.out.println("NPE: " + e.getMessage()); }
        System.out.println(Objects.compare("a", "b", Comparator.naturalOrder()) + " " + Objects.compare(null, null, Comparator.<String>naturalOrder()));
        System.out.println(Objects.checkIndex(2, 5));
        try { Objects.checkIndex(5, 5); } catch (IndexOutOfBoundsException e) { System.out.println(e.getMessage()); }
        try { Objects.checkFromToIndex(2, 1, 5); } catch (IndexOutOfBoundsException e) { System.out.println(e.getMessage()); }
        try { Objects.checkFromIndexSize(1, 5, 5); } catch (IndexOutOfBoundsException e) { System.out.println(e.getMessage()); }
        System.out.println(Objects.requireNonNull("fine"));
    }
}
