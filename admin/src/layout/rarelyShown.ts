/** react-admin's screens that most visits never show: denials, errors, the missing page, notifications. */
export { AccessDenied, AuthenticationError, Error, NotFound, Notification } from "react-admin";
