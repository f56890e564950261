import { Enrollment, EnrollmentListQuery, enrollments, listEnrollments } from "@entraide/core/enrollment";
import type { OpenAPIHono } from "@hono/zod-openapi";
import { registerCrud } from "../crud.js";
import type { AppEnv } from "../env.js";

export function enrollmentRoutes(app: OpenAPIHono<AppEnv>) {
  registerCrud(app, {
    path: "enrollments",
    tag: "Enrollments",
    repository: enrollments,
    record: Enrollment.openapi("Enrollment"),
    listQuery: EnrollmentListQuery,
    list: listEnrollments as never,
  });
}
