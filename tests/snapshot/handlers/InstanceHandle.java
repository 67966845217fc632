// Function model error: handle(String) exists but is not static (and the class is not a Function).
public class InstanceHandle {
    public String handle(String s) {
        return s;
    }
}
