/* Internal to loader/: the steps between parsing and a usable class. */
#ifndef EMBER_LD_LINK_H
#define EMBER_LD_LINK_H
#include "ld.h"

void ld_register(Class *c);
/* Loads the superclass and superinterfaces of a freshly parsed class and checks them (circularity is
 * detected by the caller). */
bool ld_link_supers(Thread *t, Class *c);
/* Field layout, statics with their ConstantValues, vtable and itables. */
bool ld_prepare(Thread *t, Class *c);
Method *ld_lookup_interface_method(Class *c, Symbol *name, Symbol *desc); /* maximally specific, JVMS 5.4.3.3 */
Method *ld_select_default(Class *c, Method *im);
#endif
