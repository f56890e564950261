import type { Condition } from "./entity.js";

/** A condition on one attribute of a stored item: equal to a value, or a list containing it. */
export function attributeCondition(
  attribute: string,
  test: "equals" | "contains",
  value: string,
  description: string,
): Condition {
  return {
    expression: test === "equals" ? "#c_attr = :c_value" : "contains(#c_attr, :c_value)",
    names: { "#c_attr": attribute },
    values: { ":c_value": value },
    description,
  };
}
