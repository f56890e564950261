import { useEffect } from "react";
import { required, SelectInput, type SelectInputProps, usePermissions } from "react-admin";
import { useFormContext, useWatch } from "react-hook-form";
import { fixedRegions, type Me } from "../auth/access";
import { useTerritories } from "./territories";

/**
 * Region, then the prefecture or province within it. Used in forms and in
 * list filters alike (both are react-hook-form forms): choosing another
 * region clears a province that lies outside it.
 */
export function RegionInput({
  isRequired = false,
  ...props
}: Omit<SelectInputProps, "source"> & { source?: string; isRequired?: boolean }) {
  const { regions, regionName } = useTerritories();
  // A regional officer works in their regions only: those are the choices, and with one region it is set and fixed.
  const mine = fixedRegions(usePermissions<Me>().permissions);
  const only = mine?.length === 1 ? mine[0] : undefined;
  return (
    <SelectInput
      source="regionCode"
      choices={regions
        .filter((r) => !mine || mine.includes(r.code))
        .map((r) => ({ id: r.code, name: regionName(r.code) }))}
      translateChoice={false}
      validate={isRequired ? required() : undefined}
      defaultValue={only}
      readOnly={Boolean(only)}
      {...props}
    />
  );
}

export function ProvinceInput({
  isRequired = false,
  ...props
}: Omit<SelectInputProps, "source"> & { source?: string; isRequired?: boolean }) {
  const { provincesOf, provinceName, regionOfProvince, isPending } = useTerritories();
  const { setValue } = useFormContext();
  const regionCode = useWatch({ name: "regionCode" }) as string | undefined;
  const provinceCode = useWatch({ name: "provinceCode" }) as string | undefined;
  useEffect(() => {
    if (!isPending && regionCode && provinceCode && regionOfProvince(provinceCode) !== regionCode) {
      setValue("provinceCode", "", { shouldDirty: true });
    }
  }, [isPending, regionCode, provinceCode, regionOfProvince, setValue]);
  return (
    <SelectInput
      source="provinceCode"
      choices={provincesOf(regionCode || undefined).map((p) => ({ id: p.code, name: provinceName(p.code) }))}
      translateChoice={false}
      disabled={!regionCode}
      validate={isRequired ? required() : undefined}
      {...props}
    />
  );
}

/** The list filters every territorial registry offers, shown without asking. */
export const territoryFilters = [
  <RegionInput key="regionCode" alwaysOn />,
  <ProvinceInput key="provinceCode" alwaysOn />,
];
